/**
 * Time-driven triggers of an Editor add-on. Such a trigger runs with no open document: SpreadsheetApp.getActive()
 * is null there. So when the trigger is created (from the open spreadsheet) the spreadsheet id is remembered in
 * the user's properties under the trigger's id, and the handler re-activates that spreadsheet before it runs.
 * The same user may use the add-on in several schools' workbooks: one daily trigger per workbook.
 */

const KEY_PREFIX = 'trigger.spreadsheet.';

export function ensureDailyTrigger(handler: string, hour: number): boolean {
  const ss = SpreadsheetApp.getActive();
  if (!ss) throw new Error('Надстройка работает только в открытой таблице.');
  const props = PropertiesService.getUserProperties();
  const exists = ScriptApp.getProjectTriggers().some(
    (t) =>
      t.getHandlerFunction() === handler &&
      String(t.getEventType()) === 'CLOCK' &&
      props.getProperty(KEY_PREFIX + t.getUniqueId()) === ss.getId(),
  );
  if (exists) return false;
  const trigger = ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).create();
  props.setProperty(KEY_PREFIX + trigger.getUniqueId(), ss.getId());
  return true;
}

/**
 * Deletes this user's triggers that serve the open spreadsheet: its form-submit trigger(s) and the daily
 * trigger remembered for it. Another workbook's daily trigger (the same user in another school) stays.
 */
export function removeWorkbookTriggers(): number {
  const ss = SpreadsheetApp.getActive();
  if (!ss) return 0;
  const props = PropertiesService.getUserProperties();
  const own = new Set(ScriptApp.getUserTriggers(ss).map((t) => t.getUniqueId()));
  let removed = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    const key = KEY_PREFIX + trigger.getUniqueId();
    if (!own.has(trigger.getUniqueId()) && props.getProperty(key) !== ss.getId()) continue;
    ScriptApp.deleteTrigger(trigger);
    props.deleteProperty(key);
    removed++;
  }
  return removed;
}

/**
 * Makes the trigger's spreadsheet the active one for this execution. Returns false (nothing to do) when the
 * trigger is unknown or its spreadsheet is gone or no longer shared with the user.
 */
export function activateTriggerSpreadsheet(triggerUid: string | undefined): boolean {
  if (SpreadsheetApp.getActive()) return true;
  const id = triggerUid ? PropertiesService.getUserProperties().getProperty(KEY_PREFIX + triggerUid) : null;
  if (!id) return false;
  try {
    SpreadsheetApp.setActiveSpreadsheet(SpreadsheetApp.openById(id));
    return true;
  } catch {
    return false;
  }
}

/** The web app (doGet) has no open document either: it opens the spreadsheet the deployment is fixed to. */
export function activateSpreadsheetById(id: string): boolean {
  try {
    SpreadsheetApp.setActiveSpreadsheet(SpreadsheetApp.openById(id));
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether an event object came from one of this user's installable triggers running the handler. A user can
 * call any top-level function through google.script.run, with any argument, but cannot make Apps Script put
 * the id of one of their own triggers for that handler into it.
 */
export function isOwnTriggerEvent(e: unknown, handler: string): boolean {
  const uid = (e as { triggerUid?: unknown } | null | undefined)?.triggerUid;
  if (typeof uid !== 'string' && typeof uid !== 'number') return false;
  return ScriptApp.getProjectTriggers().some(
    (t) => t.getUniqueId() === String(uid) && t.getHandlerFunction() === handler,
  );
}
