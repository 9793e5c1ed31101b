import { decodeChoices } from '../../domain/text/action-input';
import { requireFields } from '../step-actions/fields';
import type { StepAction } from '../step-actions/step-action';
import { DOCUMENT_KINDS } from '../../domain/documents/kinds';
import { onDemand } from '../on-demand/load';

export const YEAR_CLOSE_ACTION_ID = 'year:close';
/** Offered once the act exists, in the archive too: the act is what the director signs after the close. */
export const DESTRUCTION_ACT_ACTION_ID = 'year:destructionAct';

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
      const outcome = onDemand().closeYear(ports, decodeChoices(fields.continuing ?? ''));
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
  {
    id: DESTRUCTION_ACT_ACTION_ID,
    step: '7.2',
    label: 'Открыть акт',
    secondary: true,
    relevant: (f) => (f.documents[DOCUMENT_KINDS.destructionAct] ?? 0) > 0,
    run({ ports }) {
      const links = onDemand().destructionLinks(ports);
      return {
        message: links.length
          ? 'Акт об уничтожении персональных данных и выгрузка из журнала — в папке документов года. Акт подписывают лица, уничтожившие данные, и утверждает директор; храните их три года.'
          : 'Акт об уничтожении персональных данных ещё не составлен: его составляет «Закрыть учебный год».',
        links,
      };
    },
  },
];
