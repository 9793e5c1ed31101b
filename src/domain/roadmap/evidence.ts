import { DOCUMENT_KINDS, type DocumentKind } from '../documents/kinds';

/** The roadmap step each kind of document is evidence for (the sidebar links it under that step). */
const STEP_OF_DOCUMENT: Readonly<Record<DocumentKind, string>> = {
  orderIntroduce: '1.2',
  orderApprove: '1.2',
  regulation: '1.2',
  roadmap: '1.2',
  programme: '1.2',
  orderPairs: '5.1',
  plan: '5.2',
  orderReward: '7.2',
  orderFinalEvent: '7.2',
  letter: '7.2',
  finalReport: '7.1',
  consentPd: '2.2',
  consentPublish: '3.2',
  consentMentor: '3.2',
  agreementMentor: '5.1',
  destructionAct: '7.2',
  destructionLog: '7.2',
};

const KIND_BY_LABEL = new Map(
  Object.entries(DOCUMENT_KINDS).map(([kind, label]) => [label as string, kind as DocumentKind]),
);

/** Documents listed under one step at most: the register sheet holds the rest. */
export const MAX_LINKS_PER_STEP = 6;

export interface RegisteredDocument {
  type: string;
  number: string;
  subject: string;
  url: string;
}

/** Links to the registered documents, grouped by the roadmap step they prove. */
export function documentEvidence(
  docs: readonly RegisteredDocument[],
): Record<string, { label: string; url: string }[]> {
  const out: Record<string, { label: string; url: string }[]> = {};
  for (const d of docs) {
    const kind = KIND_BY_LABEL.get(d.type);
    if (!kind || !d.url) continue;
    const step = STEP_OF_DOCUMENT[kind];
    const list = (out[step] ??= []);
    if (list.length >= MAX_LINKS_PER_STEP) continue;
    const label = [d.type, d.number ? `№ ${d.number}` : '', d.subject ? `(${d.subject})` : '']
      .filter(Boolean)
      .join(' ');
    list.push({ label, url: d.url });
  }
  return out;
}
