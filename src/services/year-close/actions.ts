import { decodeChoices } from '../../domain/text/action-input';
import { requireFields } from '../step-actions/fields';
import type { StepAction } from '../step-actions/step-action';
import { closeYear } from './close-year';

export const YEAR_CLOSE_ACTION_ID = 'year:close';

const CONFIRM =
  'Закрыть учебный год? Таблица станет архивом (изменяют только кураторы); персональные данные года будут удалены, автоматические действия — тоже; будет создана таблица следующего года. Удаление отменить нельзя.';

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
