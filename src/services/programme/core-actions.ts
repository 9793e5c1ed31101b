import { DOCUMENTS, MEETINGS, MENTEES, MENTORS, PAIRS, ROADMAP, TRAINING } from '../../domain/schema/sheets';
import { UserFacingError } from '../db/errors';
import type { StepAction } from './actions';

/** Opening the sheet a step works on: available for every step that has one. */
function openSheet(step: string, sheet: string): StepAction {
  return {
    id: `openSheet:${step}:${sheet}`,
    step,
    label: `Открыть лист «${sheet}»`,
    run({ ui }) {
      if (!ui.activateSheet(sheet))
        throw new UserFacingError(`Лист «${sheet}» не найден. Сначала настройте программу.`);
      return { message: `Открыт лист «${sheet}».` };
    },
  };
}

export const CORE_ACTIONS: StepAction[] = [
  {
    id: 'openSetup',
    step: '1.1',
    label: 'Настроить программу',
    run({ ui }) {
      ui.showSetupDialog();
      return { message: 'Открыто окно настройки программы.' };
    },
  },
  openSheet('1.1', ROADMAP.name),
  openSheet('1.2', DOCUMENTS.name),
  openSheet('2.2', MENTEES.name),
  openSheet('3.2', MENTORS.name),
  openSheet('4.2', TRAINING.name),
  openSheet('5.1', PAIRS.name),
  openSheet('6.1', MEETINGS.name),
];
