import { DOCUMENT_KINDS, type DocumentKind } from '../../domain/documents/kinds';
import type { TemplateDeclaration } from '../../domain/documents/template';
import type { Settings } from '../../domain/settings';
import { quoted } from '../../domain/format/quotes';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';
import type { Target } from './generate';
import { approvalTargets } from './kinds/approval-order';
import { finalEventOrderTargets } from './kinds/final-event-order';
import { finalReportTargets } from './kinds/final-report';
import { introductionOrderTargets } from './kinds/introduction-order';
import { letterTargets } from './kinds/letters';
import { pairsOrderTargets } from './kinds/pairs-order';
import { planTargets } from './kinds/plans';
import { rewardOrderTargets } from './kinds/reward-order';
import {
  mentorAgreementTargets,
  mentorConsentTargets,
  processingConsentTargets,
  publicationConsentTargets,
} from './kinds/consents';

type TargetBuilder = (ports: Ports, settings: Settings, input: string) => Target[];

/** Which module builds each kind's documents (kinds/); consents are built by their own feature. */
const BUILDERS: Partial<Record<DocumentKind, TargetBuilder>> = {
  orderIntroduce: introductionOrderTargets,
  orderApprove: (ports, settings) => approvalTargets(ports, settings, 'orderApprove'),
  regulation: (ports, settings) => approvalTargets(ports, settings, 'regulation'),
  roadmap: (ports, settings) => approvalTargets(ports, settings, 'roadmap'),
  programme: (ports, settings) => approvalTargets(ports, settings, 'programme'),
  orderFinalEvent: finalEventOrderTargets,
  orderPairs: (ports, settings) => pairsOrderTargets(ports, settings),
  orderReward: (ports, settings) => rewardOrderTargets(ports, settings),
  finalReport: finalReportTargets,
  plan: (ports, settings) => planTargets(ports, settings),
  letter: (ports, settings) => letterTargets(ports, settings),
  consentPd: (ports, settings) => processingConsentTargets(ports, settings),
  consentPublish: (ports, settings) => publicationConsentTargets(ports, settings),
  consentMentor: (ports, settings) => mentorConsentTargets(ports, settings),
  agreementMentor: mentorAgreementTargets,
};

/** The document targets of a kind, from the current rows; `input` is what the curator typed (if asked). */
export function targetsFor(ports: Ports, decl: TemplateDeclaration, input: string): Target[] {
  const build = BUILDERS[decl.kind];
  // Made by «Закрыть учебный год» from the bases just before they are emptied: never again, nor elsewhere.
  if (decl.kind === 'destructionAct' || decl.kind === 'destructionLog')
    throw new UserFacingError(
      `${quoted(DOCUMENT_KINDS[decl.kind])} составляется один раз, при закрытии учебного года, и заново не ` +
        'формируется: персональных данных, по которым составлен документ, уже нет. Исправления вносятся в сам документ.',
    );
  if (!build)
    throw new UserFacingError(`Документ «${DOCUMENT_KINDS[decl.kind]}» не формируется надстройкой.`);
  return build(ports, readSettings(ports), input);
}
