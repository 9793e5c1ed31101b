import { DOCUMENT_KINDS, type DocumentKind } from '../../domain/documents/kinds';
import { FINAL_REPORT } from '../../domain/documents/final-report';
import {
  ORDER_APPROVE,
  ORDER_FINAL_EVENT,
  ORDER_INTRODUCE,
  ORDER_PAIRS,
  ORDER_REWARD,
} from '../../domain/documents/orders';
import { PROGRAMME_DOC, REGULATION, ROADMAP_DOC } from '../../domain/documents/programme-documents';
import { LETTER, PLAN } from '../../domain/documents/plan-letter';
import type { TemplateDeclaration } from '../../domain/documents/template';
import type { ProgrammeFacts } from '../../domain/roadmap/facts';
import { openDatabase } from '../db/database';
import { logAction } from '../db/journal';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import { needsApprovedPairs, type StepAction } from '../step-actions/step-action';
import { readSettings } from '../setup/settings';
import { regenerateAction } from './regenerate-action';
import { onDemand } from '../on-demand/load';

/**
 * The sidebar's document buttons for steps 1.2, 5.1, 5.2, 7.1 and 7.2. Batches (plans, letters, e-mail) return
 * `more` while work is left: the sidebar calls them again and shows the progress. Which documents each kind
 * makes is in kinds/ (dispatched by targets.ts); the messages after a generation in generation-outcome.ts.
 */

/**
 * A button that generates (or resumes generating) the documents of one template. `check` runs before any Doc
 * is made and throws a UserFacingError when the batch must not start (e.g. an edited consent text that lost a
 * required element).
 */
export function generateAction(
  id: string,
  step: string,
  label: string,
  decl: TemplateDeclaration,
  extra: Partial<StepAction> = {},
  check: (ports: Ports) => void = () => undefined,
): StepAction {
  return {
    id,
    step,
    label,
    progressNoun: 'Документ',
    done: (f) => (f.documents[DOCUMENT_KINDS[decl.kind]] ?? 0) > 0,
    datedByStep: true,
    ...extra,
    run({ ports }, input) {
      check(ports);
      return onDemand().runGeneration(ports, decl, input);
    },
  };
}

/** The final report needs the indicators: answers to the May surveys, then «Рассчитать показатели». */
const needsMonitoring = (f: ProgrammeFacts) =>
  needsApprovedPairs(f) ??
  (f.forms.satisfaction?.responses || f.forms.impactAfter?.responses
    ? null
    : 'Сначала проведите мониторинг (анкеты удовлетворённости и самооценки после программы) и рассчитайте показатели.');

function uploadAction(kind: DocumentKind, what: string): StepAction {
  return {
    id: `documents:register:${kind}`,
    step: '1.2',
    label: `Внести ${what}`,
    done: (f) => (f.documents[DOCUMENT_KINDS[kind]] ?? 0) > 0,
    input: {
      label: `Ссылка на ${what} (Google Документ или файл на Диске)`,
      kind: 'text',
      placeholder: 'https://docs.google.com/…',
    },
    run({ ports }, input) {
      const url = input.trim();
      if (!/^https:\/\/\S+$/.test(url)) throw new UserFacingError('Укажите ссылку, начинающуюся с https://.');
      const table = openDatabase(ports).documents.load();
      const row = table.rows.find((r) => r.kind === kind);
      if (row) table.update(row.id, { docUrl: url, status: 'готов' });
      else
        table.insert({
          type: DOCUMENT_KINDS[kind],
          date: ports.runtime.now(),
          docUrl: url,
          kind,
          subjectId: '',
          status: 'готов',
        });
      table.save();
      logAction(ports, `Внесён документ: ${DOCUMENT_KINDS[kind]}`, url);
      return {
        message: `Документ «${DOCUMENT_KINDS[kind]}» внесён в реестр документов.`,
        links: [{ label: DOCUMENT_KINDS[kind], url }],
      };
    },
  };
}

function sendAction(step: string, kinds: DocumentKind[]): StepAction {
  return {
    id: `documents:sendToDirector:${step}`,
    step,
    label: 'Отправить директору',
    secondary: true,
    relevant: (f) => kinds.some((k) => (f.documents[DOCUMENT_KINDS[k]] ?? 0) > 0),
    progressNoun: 'Документ',
    confirm: 'Отправить директору на эл. почту готовые документы этого шага, которые ещё не отправлялись?',
    run({ ports }) {
      const res = onDemand().sendToDirector(ports, kinds);
      if (res.sent) logAction(ports, 'Документы отправлены директору', String(res.sent));
      return {
        message: res.message,
        more: res.more,
        progress: { done: res.total - res.left, total: res.total },
      };
    },
  };
}

export const DOCUMENT_ACTIONS: StepAction[] = [
  {
    id: 'documents:templates',
    step: '1.2',
    label: 'Проверить шаблоны',
    secondary: true,
    run({ ports }) {
      const messages = onDemand().ensureTemplates(ports, readSettings(ports));
      return { message: messages.length ? messages.join(' ') : 'Все шаблоны на месте.' };
    },
  },
  generateAction('documents:orderIntroduce', '1.2', 'Сформировать приказ', ORDER_INTRODUCE, {
    input: {
      label: 'Кураторы: Ф.И.О. и должность',
      kind: 'textarea',
      placeholder: 'Иванова Мария Петровна, заместитель директора по УВР',
    },
  }),
  {
    id: 'documents:orderApprove',
    step: '1.2',
    label: 'Утвердить Положение, дорожную карту и программу',
    progressNoun: 'Документ',
    datedByStep: true,
    done: (f) => (f.documents[DOCUMENT_KINDS.orderApprove] ?? 0) > 0,
    unavailable: (f) =>
      f.documents[DOCUMENT_KINDS.orderIntroduce]
        ? null
        : 'Сначала сформируйте приказ о внедрении целевой модели.',
    run({ ports }) {
      // A document the school registered by link is its own and stays; the rest come from the templates.
      const linked = new Set(
        openDatabase(ports)
          .documents.load()
          .rows.filter((r) => r.docUrl && !r.templateId)
          .map((r) => String(r.kind)),
      );
      const own = [REGULATION, ROADMAP_DOC, PROGRAMME_DOC].filter((d) => linked.has(d.kind));
      // The order first: its appendices name its date and number.
      const outcomes = [ORDER_APPROVE, REGULATION, ROADMAP_DOC, PROGRAMME_DOC]
        .filter((d) => !own.includes(d))
        .map((decl) => onDemand().runGeneration(ports, decl));
      const kept = own.map((d) => `Документ «${DOCUMENT_KINDS[d.kind]}» внесён ссылкой и не заменяется.`);
      return {
        message: [...outcomes.map((o) => o.message), ...kept].join(' '),
        links: outcomes.flatMap((o) => o.links ?? []),
        details: outcomes.flatMap((o) => o.details ?? []),
      };
    },
  },
  uploadAction('regulation', 'Положение о наставничестве'),
  uploadAction('roadmap', 'дорожную карту'),
  uploadAction('programme', 'программу наставничества'),
  sendAction('1.2', ['orderIntroduce']),
  regenerateAction('1.2', ['orderIntroduce']),
  generateAction('documents:orderPairs', '5.1', 'Сформировать приказ', ORDER_PAIRS, {
    unavailable: needsApprovedPairs,
  }),
  sendAction('5.1', ['orderPairs']),
  regenerateAction('5.1', ['orderPairs']),
  generateAction('documents:plans', '5.2', 'Сформировать планы', PLAN, {
    unavailable: needsApprovedPairs,
  }),
  sendAction('5.2', ['plan']),
  regenerateAction('5.2', ['plan']),
  generateAction('documents:finalReport', '7.1', 'Сформировать отчёт', FINAL_REPORT, {
    input: {
      label: 'Кураторы для подписи: Ф.И.О. и должность, каждый с новой строки',
      kind: 'textarea',
      placeholder: 'Иванова Мария Петровна, заместитель директора по УВР',
    },
    unavailable: needsMonitoring,
  }),
  sendAction('7.1', ['finalReport']),
  regenerateAction('7.1', ['finalReport']),
  generateAction('documents:orderReward', '7.2', 'Приказ о поощрении', ORDER_REWARD, {
    unavailable: needsApprovedPairs,
  }),
  generateAction('documents:orderFinalEvent', '7.2', 'Приказ об итоговом мероприятии', ORDER_FINAL_EVENT, {
    input: { label: 'Дата итогового мероприятия', kind: 'date' },
  }),
  generateAction('documents:letters', '7.2', 'Сформировать письма', LETTER, {
    unavailable: needsApprovedPairs,
  }),
  {
    id: 'documents:sendLetters',
    step: '7.2',
    label: (f) => `Разослать письма${f.sentByKind.letter ? ` (отправлено: ${f.sentByKind.letter})` : ''}`,
    relevant: (f) => (f.documents[DOCUMENT_KINDS.letter] ?? 0) > 0,
    progressNoun: 'Письмо',
    confirm: 'Отправить каждому наставнику его благодарственное письмо (только тем, кому ещё не отправляли)?',
    run({ ports }) {
      const res = onDemand().sendLettersToMentors(ports);
      if (res.sent) logAction(ports, 'Благодарственные письма отправлены', String(res.sent));
      return {
        message: res.message,
        more: res.more,
        progress: { done: res.total - res.left, total: res.total },
      };
    },
  },
  sendAction('7.2', ['orderReward', 'orderFinalEvent']),
  regenerateAction('7.2', ['orderReward', 'orderFinalEvent', 'letter']),
];
