import { CONSENT_TEMPLATES } from '../consents/templates';
import { DESTRUCTION_ACT, DESTRUCTION_LOG } from './destruction-act';
import { FINAL_REPORT } from './final-report';
import type { DocumentKind } from './kinds';
import { ORDER_APPROVE, ORDER_FINAL_EVENT, ORDER_INTRODUCE, ORDER_PAIRS, ORDER_REWARD } from './orders';
import { PROGRAMME_DOC, REGULATION, ROADMAP_DOC } from './programme-documents';
import { LETTER, PLAN } from './plan-letter';
import type { TemplateDeclaration } from './template';

/** Every generated document type, in the order of the roadmap. */
export const TEMPLATES: readonly TemplateDeclaration[] = [
  ORDER_INTRODUCE,
  ORDER_APPROVE,
  REGULATION,
  ROADMAP_DOC,
  PROGRAMME_DOC,
  ORDER_PAIRS,
  PLAN,
  FINAL_REPORT,
  ORDER_REWARD,
  ORDER_FINAL_EVENT,
  LETTER,
  ...CONSENT_TEMPLATES,
  DESTRUCTION_ACT,
  DESTRUCTION_LOG,
];

export function templateOf(kind: DocumentKind): TemplateDeclaration {
  const decl = TEMPLATES.find((t) => t.kind === kind);
  if (!decl) throw new Error(`Для документа «${kind}» не объявлен шаблон.`);
  return decl;
}

/** Registry key of a kind's template Doc id in Настройки: 'template.orderPairs'. */
export function templateRegistryKey(kind: DocumentKind): string {
  return `template.${kind}`;
}
