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

/** Every action the sidebar offers, from every feature. A feature adds its list here. */
export const ALL_ACTIONS: readonly StepAction[] = [
  ...CORE_ACTIONS,
  ...INTAKE_ACTIONS,
  ...PAIRING_ACTIONS,
  ...DOCUMENT_ACTIONS,
  ...MEETING_ACTIONS,
  ...MONITORING_ACTIONS,
];

export function actionViews(step: string, facts: ProgrammeFacts): ActionView[] {
  return ALL_ACTIONS.filter((a) => a.step === step).map((a) => {
    const hint = a.unavailable?.(facts) ?? null;
    return {
      id: a.id,
      label: a.label,
      available: hint === null,
      hint: hint ?? '',
      input: a.input,
      confirm: a.confirm,
      progressNoun: a.progressNoun,
    };
  });
}

export function runCatalogAction(ctx: ActionContext, id: string, input: string): ActionOutcome {
  const action = ALL_ACTIONS.find((a) => a.id === id);
  assertCurator(ctx.ports, action?.beforeSetup ? 'setup' : 'action');
  if (!action) throw new UserFacingError('Это действие недоступно. Обновите панель.');
  if (action.input && !input.trim()) throw new UserFacingError(`Заполните поле «${action.input.label}».`);
  return action.run(ctx, input);
}
