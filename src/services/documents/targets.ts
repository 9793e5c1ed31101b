import { DOCUMENT_KINDS, type DocumentKind } from '../../domain/documents/kinds';
import type { TemplateDeclaration } from '../../domain/documents/template';
import type { Settings } from '../../domain/settings';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';
import type { Target } from './generate';
import { finalEventOrderTargets } from './kinds/final-event-order';
import { finalReportTargets } from './kinds/final-report';
import { introductionOrderTargets } from './kinds/introduction-order';
import { letterTargets } from './kinds/letters';
import { pairsOrderTargets } from './kinds/pairs-order';
import { planTargets } from './kinds/plans';
import { rewardOrderTargets } from './kinds/reward-order';

type TargetBuilder = (ports: Ports, settings: Settings, input: string) => Target[];

/** Which module builds each kind's documents (kinds/); registered documents (Положение …) are not built. */
const BUILDERS: Partial<Record<DocumentKind, TargetBuilder>> = {
  orderIntroduce: (_ports, settings, input) => introductionOrderTargets(settings, input),
  orderFinalEvent: (_ports, settings, input) => finalEventOrderTargets(settings, input),
  orderPairs: (ports, settings) => pairsOrderTargets(ports, settings),
  orderReward: (ports, settings) => rewardOrderTargets(ports, settings),
  finalReport: finalReportTargets,
  plan: (ports, settings) => planTargets(ports, settings),
  letter: (ports, settings) => letterTargets(ports, settings),
};

/** The document targets of a kind, from the current rows; `input` is what the curator typed (if asked). */
export function targetsFor(ports: Ports, decl: TemplateDeclaration, input: string): Target[] {
  const build = BUILDERS[decl.kind];
  if (!build)
    throw new UserFacingError(`Документ «${DOCUMENT_KINDS[decl.kind]}» не формируется надстройкой.`);
  return build(ports, readSettings(ports), input);
}
