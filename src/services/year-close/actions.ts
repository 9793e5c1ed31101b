import { decodeChoices } from '../../domain/text/action-input';
import { requireFields } from '../step-actions/fields';
import type { StepAction } from '../step-actions/step-action';
import { closeYear } from './close-year';

export const YEAR_CLOSE_ACTION_ID = 'year:close';

const CONFIRM = [
  'Закрыть учебный год?',
  '• Архив — эта таблица: «Документы» с приказами, «Журнал», «Мониторинг», цифры года без имён («Итоги года»); все листы изменяют только кураторы.',
  '• Удаляются персональные данные года: базы, пары, встречи, рассылки, ответы на анкеты, планы и письма.',
  '• Удаляются автоматические действия таблицы.',
  '• Создаётся таблица следующего года; отмеченные наставники получат анкету нового года с новым согласием.',
  'Удаление отменить нельзя.',
].join('\n');

export const YEAR_CLOSE_ACTIONS: StepAction[] = [
  {
    id: YEAR_CLOSE_ACTION_ID,
    step: '7.2',
    label: 'Закрыть учебный год',
    secondary: true,
    confirm: CONFIRM,
    progressNoun: 'Шаг',
    input: (f) => ({
      label: 'Закрытие учебного года',
      kind: 'fields',
      fields: [
        {
          name: 'continuing',
          label: 'Наставники, согласившиеся продолжить в следующем году',
          kind: 'checklist',
          options: f.choices.selectedMentors,
          optional: true,
        },
      ],
    }),
    unavailable: (f) => (f.configured ? null : 'Сначала настройте программу'),
    run({ ports }, input) {
      const fields = requireFields(input, []);
      const outcome = closeYear(ports, decodeChoices(fields.continuing ?? ''));
      const message = outcome.done
        ? 'Учебный год закрыт.'
        : (outcome.waiting ??
          `Закрытие учебного года продолжается: выполнено шагов ${outcome.finished} из ${outcome.total}.`);
      return {
        message,
        details: outcome.lines,
        links: outcome.links,
        more: !outcome.done && !outcome.waiting,
        progress: { done: outcome.finished, total: outcome.total },
      };
    },
  },
];
