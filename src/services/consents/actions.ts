import { CONSENT_KINDS, IDENTITY, recordedMarks, type ConsentKind } from '../../domain/consents/records';
import {
  AGREEMENT_MENTOR,
  CONSENT_MENTOR,
  CONSENT_PD,
  CONSENT_PUBLISH,
} from '../../domain/consents/templates';
import type { TemplateDeclaration } from '../../domain/documents/template';
import { normalizeEmail } from '../../domain/format/values';
import { openDatabase } from '../db/database';
import { logAction } from '../db/journal';
import { UserFacingError } from '../errors';
import { confirmHeldAnswer } from '../forms/ingest';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';
import { needsApprovedPairs, type StepAction } from '../step-actions/step-action';
import { generateAction } from '../documents/sidebar-actions';
import { recordConsents } from './records';
import { checkedConsentTemplate } from './texts';

/**
 * The sidebar's consent actions: the consents and agreements for signature on paper (batches that resume like
 * every document batch), a consent a curator received on paper (recorded with who and when), and the code a
 * teacher got by mail to confirm an answer from an unverified address.
 */

/** Consent documents are signed when they are asked for, whatever the roadmap's window: no early warning. */
function consentDocuments(
  id: string,
  step: string,
  label: string,
  decl: TemplateDeclaration,
  extra: Partial<StepAction> = {},
): StepAction {
  // An edited text that lost a required element is named before any Doc is made.
  return generateAction(id, step, label, decl, { datedByStep: false, ...extra }, (ports) =>
    checkedConsentTemplate(ports, readSettings(ports), decl),
  );
}

/**
 * Consents a curator holds on paper (signed Docs from the batches above), recorded with who recorded them and
 * when (Согласия and Журнал). `refs` are the ticked people's e-mails.
 */
function recordPaperConsent(ports: Ports, refs: string, kind: Exclude<ConsentKind, 'publish'>): string {
  const emails = [
    ...new Set(
      refs
        .split(/[\s,;]+/)
        .map(normalizeEmail)
        .filter(Boolean),
    ),
  ];
  if (!emails.length) throw new UserFacingError('Отметьте, чьё согласие получено на бумаге.');
  return ports.lock.withDocumentLock(() => {
    const db = openDatabase(ports);
    const tables = [db.mentees.load(), db.mentors.load()] as const;
    const people = tables.flatMap((t) =>
      t.rows
        .filter((r) => emails.includes(String(r.email ?? '')) && r.status !== 'отказ')
        .map((r) => ({ t, r })),
    );
    const wanted = kind === 'mentor' ? people.filter((p) => 'consentMentor' in p.r) : people;
    if (!wanted.length)
      throw new UserFacingError(
        kind === 'mentor' ? 'Среди отмеченных нет наставников.' : 'Отмеченных педагогов нет в базах.',
      );
    const curator = ports.runtime.userEmail();
    for (const { t, r } of wanted) {
      const { current } = recordConsents(ports, {
        personId: r.id,
        email: String(r.email ?? ''),
        decisions: [{ kind, state: 'дано' }],
        source: `куратор ${curator || 'без адреса'}: документ на бумаге`,
        identity: IDENTITY.curator,
      });
      const marks = recordedMarks(current);
      t.update(r.id, 'consentMentor' in r ? marks : { consentPd: marks.consentPd });
    }
    for (const t of tables) t.save();
    const ids = wanted.map((p) => p.r.id).join(', ');
    logAction(ports, 'Согласие записано куратором', `${ids}: ${CONSENT_KINDS[kind]} — дано`);
    return `Записано в «Согласия»: ${CONSENT_KINDS[kind]} — дано (${ids}).`;
  });
}

export const CONSENT_ACTIONS: StepAction[] = [
  consentDocuments(
    'consents:documents:pd',
    '2.2',
    'Сформировать согласия на обработку данных для подписи',
    CONSENT_PD,
  ),
  {
    id: 'consents:record:pd',
    step: '2.2',
    label: 'Записать согласие на обработку данных, полученное на бумаге',
    input: (f) => ({
      label: 'Чьё согласие получено на бумаге',
      kind: 'checklist',
      options: f.choices.people,
    }),
    run: ({ ports }, refs) => ({ message: recordPaperConsent(ports, refs, 'pd') }),
  },
  {
    id: 'consents:record:mentor',
    step: '3.2',
    label: 'Записать согласие на наставничество, полученное на бумаге',
    input: (f) => ({
      label: 'Чьё согласие получено на бумаге',
      kind: 'checklist',
      options: f.choices.people,
    }),
    run: ({ ports }, refs) => ({ message: recordPaperConsent(ports, refs, 'mentor') }),
  },
  {
    id: 'consents:confirm',
    step: '2.2',
    label: 'Подтвердить ответ кодом из письма педагогу',
    input: { label: 'Код подтверждения из письма', kind: 'text', placeholder: '3F9A2C1B7D' },
    run: ({ ports }, input) => ({ message: confirmHeldAnswer(ports, input) }),
  },
  consentDocuments(
    'consents:documents:publish',
    '3.2',
    'Сформировать согласия на распространение для подписи',
    CONSENT_PUBLISH,
  ),
  consentDocuments(
    'consents:documents:mentor',
    '5.1',
    'Сформировать письменные согласия наставников',
    CONSENT_MENTOR,
    { unavailable: needsApprovedPairs },
  ),
  consentDocuments(
    'consents:documents:agreement',
    '5.1',
    'Сформировать дополнительные соглашения с наставниками',
    AGREEMENT_MENTOR,
    {
      unavailable: needsApprovedPairs,
      input: {
        label: 'Оплата наставничества',
        kind: 'text',
        placeholder: 'ежемесячная доплата в размере 10 % должностного оклада',
      },
    },
  ),
];
