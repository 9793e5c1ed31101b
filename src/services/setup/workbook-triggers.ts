import type { Ports, TriggerPort } from '../ports';
import { readRegistry, writeRegistry } from './registry';

/**
 * Installable triggers belong to the user who creates them and run as that user; another user neither sees
 * nor counts them (https://developers.google.com/apps-script/guides/triggers/installable). So if every curator
 * who runs setup created triggers, each answer would be handled once per curator. One curator's triggers
 * serve the workbook: the first to create them is recorded in Настройки, and the others' setups add none.
 */
const OWNER_KEY = 'triggers.owner';

export function triggerOwner(ports: Ports): string {
  return readRegistry(ports, OWNER_KEY)[OWNER_KEY] ?? '';
}

/** Whether this execution (a trigger running as its creator) is the one that serves the workbook. */
export function servesWorkbook(ports: Ports): boolean {
  const owner = triggerOwner(ports);
  return !owner || owner === ports.runtime.effectiveUserEmail();
}

/**
 * The trigger port as the workbook sees it: creates triggers only for the recorded owner (recording the
 * first creator), and reports nothing created for anyone else.
 */
export function workbookTriggers(ports: Ports): TriggerPort {
  const mine = () => {
    const me = ports.runtime.effectiveUserEmail();
    const owner = triggerOwner(ports);
    if (owner && owner !== me) return false;
    if (!owner && me)
      writeRegistry(ports, [
        { key: OWNER_KEY, label: 'Автоматические действия выполняются от имени', value: me },
      ]);
    return true;
  };
  return {
    ensureFormSubmitTrigger: (handler) => mine() && ports.triggers.ensureFormSubmitTrigger(handler),
    ensureDailyTrigger: (handler, hour) => mine() && ports.triggers.ensureDailyTrigger(handler, hour),
    // Only this user's own triggers can be deleted (Apps Script shows a user no one else's).
    removeWorkbookTriggers: () => ports.triggers.removeWorkbookTriggers(),
  };
}
