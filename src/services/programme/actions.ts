import type { ActionView } from '../../api/types';
import { DOCUMENTS, MEETINGS, MENTEES, MENTORS, PAIRS, TRAINING } from '../../domain/schema/sheets';

/** What the curator can do from each roadmap step in the sidebar. Later stages add their actions here. */
const OPEN_SHEET = (sheet: string): ActionView => ({
  id: `openSheet:${sheet}`,
  label: `Открыть лист «${sheet}»`,
  available: true,
  hint: '',
});
const SETUP: ActionView = { id: 'openSetup', label: 'Настроить программу', available: true, hint: '' };

export const STEP_ACTIONS: Record<string, ActionView[]> = {
  '1.1': [SETUP],
  '1.2': [OPEN_SHEET(DOCUMENTS.name)],
  '2.2': [OPEN_SHEET(MENTEES.name)],
  '3.2': [OPEN_SHEET(MENTORS.name)],
  '4.1': [OPEN_SHEET(MENTORS.name)],
  '4.2': [OPEN_SHEET(TRAINING.name)],
  '5.1': [OPEN_SHEET(PAIRS.name)],
  '5.2': [OPEN_SHEET(DOCUMENTS.name)],
  '6.1': [OPEN_SHEET(MEETINGS.name)],
  '7.2': [OPEN_SHEET(DOCUMENTS.name)],
};

/** The UI effects an action may have; gas/ implements them with SpreadsheetApp and HtmlService. */
export interface UiPort {
  activateSheet(name: string): boolean;
  showSetupDialog(): void;
}

/** Runs a sidebar action; returns a Russian message for the curator. */
export function runAction(ui: UiPort, actionId: string): string {
  if (actionId === SETUP.id) {
    ui.showSetupDialog();
    return 'Открыто окно настройки программы.';
  }
  if (actionId.startsWith('openSheet:')) {
    const name = actionId.slice('openSheet:'.length);
    if (!ui.activateSheet(name))
      throw new Error(`Лист «${name}» не найден. Выполните «Настроить программу».`);
    return `Открыт лист «${name}».`;
  }
  throw new Error('Это действие пока недоступно.');
}
