import { DOCUMENTS, MEETINGS, MENTEES, MENTORS, PAIRS, ROADMAP, TRAINING } from '../../domain/schema/sheets';
import { UserFacingError } from '../errors';
import type { StepAction } from './step-action';
import { markStepDone } from '../roadmap/mark-step-done';

/** Opening the sheet a step works on: available for every step that has one. */
function openSheet(step: string, sheet: string): StepAction {
  return {
    id: `openSheet:${step}:${sheet}`,
    step,
    label: `Открыть лист «${sheet}»`,
    secondary: true,
    run({ ui }) {
      if (!ui.activateSheet(sheet))
        throw new UserFacingError(`Лист «${sheet}» не найден. Сначала настройте программу.`);
      return { message: `Открыт лист «${sheet}».` };
    },
  };
}

export const CORE_ACTIONS: StepAction[] = [
  {
    id: 'setup:open',
    step: '1.1',
    label: 'Настроить программу',
    beforeSetup: true,
    done: (f) => f.configured,
    run({ ui }) {
      ui.showSetupDialog();
      return { message: 'Открыто окно настройки программы.' };
    },
  },
  openSheet('1.1', ROADMAP.name),
  {
    id: 'roadmap:done:1.4',
    step: '1.4',
    label: 'Отметить выполненным',
    input: {
      label: 'Подтверждение: протокол педсовета, ссылка на новость на сайте',
      kind: 'text',
      placeholder: 'Протокол педсовета № 1 от 30.08.2022; https://school4.ru/news/…',
    },
    unavailable: (f) => (f.configured ? null : 'Сначала настройте программу'),
    run: ({ ports }, evidence) => ({ message: markStepDone(ports, '1.4', evidence) }),
  },
  openSheet('1.2', DOCUMENTS.name),
  openSheet('2.2', MENTEES.name),
  openSheet('3.2', MENTORS.name),
  openSheet('4.2', TRAINING.name),
  openSheet('5.1', PAIRS.name),
  openSheet('6.1', MEETINGS.name),
];
