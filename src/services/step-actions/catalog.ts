import { earlyConfirmation, isBeforeWindow, type RoadmapWindow } from '../../domain/documents/deadlines';
import type { ActionView } from '../../api/types';
import type { ProgrammeFacts } from '../../domain/roadmap/facts';
import { UserFacingError } from '../errors';
import type { ActionContext, ActionOutcome, StepAction } from './step-action';
import { assertCurator } from '../access/assert-curator';
import { CORE_ACTIONS } from './general-actions';
import { INTAKE_ACTIONS } from '../forms/actions';
import { PAIRING_ACTIONS } from '../pairs/actions';
import { DOCUMENT_ACTIONS } from '../documents/sidebar-actions';
import { MEETING_ACTIONS } from '../meetings/actions';
import { MONITORING_ACTIONS } from '../monitoring/actions';
import { CONSENT_ACTIONS } from '../consents/actions';
import { UNCERTAIN_MAIL_ACTIONS } from '../mail/actions';
import { DESTRUCTION_ACT_ACTION_ID, YEAR_CLOSE_ACTIONS, YEAR_CLOSE_ACTION_ID } from '../year-close/actions';
import { yearClosed } from '../year-close/year-closed';

/** Every action the sidebar offers, from every feature. A feature adds its list here. */
const ALL_ACTIONS: readonly StepAction[] = [
  ...CORE_ACTIONS,
  ...INTAKE_ACTIONS,
  ...PAIRING_ACTIONS,
  ...DOCUMENT_ACTIONS,
  ...MEETING_ACTIONS,
  ...MONITORING_ACTIONS,
  ...CONSENT_ACTIONS,
  ...UNCERTAIN_MAIL_ACTIONS,
  ...YEAR_CLOSE_ACTIONS,
];

/** Today and the step's window in the roadmap: a document made before the window asks first. */
export interface StepTiming {
  today: Date;
  window: RoadmapWindow | undefined;
}

/**
 * The actions a step offers now: those with something to act on, choices filled from the workbook, and one of
 * them primary — the first available one of the step's main line of work that is not done yet.
 */
export function actionViews(step: string, facts: ProgrammeFacts, timing?: StepTiming): ActionView[] {
  const early = timing && isBeforeWindow(timing.today, timing.window) ? timing : null;
  const views = ALL_ACTIONS.filter((a) => a.step === step && (a.relevant?.(facts) ?? true)).map((a) => {
    const hint = a.unavailable?.(facts) ?? null;
    const confirm = a.datedByStep && early?.window ? earlyConfirmation(early.today, early.window) : a.confirm;
    const view: ActionView = {
      id: a.id,
      label: typeof a.label === 'function' ? a.label(facts) : a.label,
      available: hint === null,
      hint: hint ?? '',
      input: typeof a.input === 'function' ? a.input(facts) : a.input,
      confirm,
      progressNoun: a.progressNoun,
    };
    return { view, action: a };
  });
  // A step's one-off tasks still to do (create the form, send its link) come before its ongoing work
  // (recording meetings), which has no «done».
  const open = views.filter(
    ({ view, action }) => view.available && !secondaryNow(action, facts) && !action.done?.(facts),
  );
  const primary = open.find(({ action }) => action.done) ?? open[0];
  return views.map(({ view }) => (view === primary?.view ? { ...view, primary: true } : view));
}

const secondaryNow = (a: StepAction, f: ProgrammeFacts) =>
  typeof a.secondary === 'function' ? a.secondary(f) : !!a.secondary;

export function runCatalogAction(ctx: ActionContext, id: string, input: string): ActionOutcome {
  const action = ALL_ACTIONS.find((a) => a.id === id);
  assertCurator(ctx.ports, action?.beforeSetup ? 'setup' : 'action');
  if (!action) throw new UserFacingError('Это действие недоступно. Обновите панель.');
  // A closed year is an archive: only reading it, the close itself (to see its report again) and its act remain.
  const archiveAction = [YEAR_CLOSE_ACTION_ID, DESTRUCTION_ACT_ACTION_ID].includes(action.id);
  if (!archiveAction && !action.id.startsWith('openSheet:') && yearClosed(ctx.ports))
    throw new UserFacingError(
      'Учебный год в этой таблице закрыт, она хранится как архив. Работайте в таблице следующего учебного года.',
    );
  if (action.input && !input.trim()) {
    const label = typeof action.input === 'function' ? '' : action.input.label;
    throw new UserFacingError(label ? `Заполните поле «${label}».` : 'Заполните форму действия.');
  }
  return action.run(ctx, input);
}
