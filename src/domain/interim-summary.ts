import { decimal } from './documents/report-numbers';
import { capitalised, countOf, pluralForm, type PluralForms } from './format/ru';
import { quoted } from './format/quotes';
import { INTERIM_QUESTIONS, LEGACY_INTERIM_ITEMS, type InterimQuestion } from './forms/interim-forms';
import type { Audience } from './forms/types';
import { ROLE_LABEL, ROLES, stats } from './monitoring';

/**
 * The January feedback as the curator reads it (roadmap step 6.2): per role, who answered of how many, each
 * question of that role's form (ratings as a mean, choices counted, free answers without names), and the next
 * steps — the pairs/groups whose answers call for the curator (meetings not happening, low ratings, support
 * asked) and who has not answered yet. Pairs are named only to the curator, by the participants of approved
 * pairs who consented to the monitoring; free answers carry no name.
 */

/** One participant's latest answer to their role's form, with the pairs/groups they take that role in. */
export interface InterimRespondent {
  values: Record<string, unknown>;
  pairs: readonly string[];
}

/** An answer to the earlier single form: the respondent's role, and whether they answered their role's form too. */
interface InterimEarlierAnswer {
  role: Audience;
  values: Record<string, unknown>;
  answeredAgain: boolean;
}

export interface InterimInput {
  /** Participants of the approved pairs/groups per role. */
  participants: Record<Audience, number>;
  answers: Record<Audience, readonly InterimRespondent[]>;
  /** Whether the forms per role exist (a workbook of an earlier version may have only the single form). */
  perRoleForms: boolean;
  /** Latest answers to the earlier single form, by the respondent's role; null when there is no such form. */
  legacy: readonly InterimEarlierAnswer[] | null;
}

const NOUN: Record<Audience, PluralForms> = {
  mentor: ['наставник', 'наставника', 'наставников'],
  mentee: ['наставляемый', 'наставляемых', 'наставляемых'],
};
/** After «из»: «из 1 наставника», «из 4 наставников». */
const NOUN_OF: Record<Audience, PluralForms> = {
  mentor: ['наставника', 'наставников', 'наставников'],
  mentee: ['наставляемого', 'наставляемых', 'наставляемых'],
};
const ANSWERED: PluralForms = ['ответил', 'ответили', 'ответили'];

/**
 * @public «3 наставника из 4 ответили», «1 наставляемый из 4 ответил», «Из 4 наставников пока никто не
 * ответил» (exported for the numerals' test).
 */
export function answeredOf(role: Audience, answered: number, total: number): string {
  if (!total) return `${capitalised(NOUN_OF[role][2])} в утверждённых парах/группах нет`;
  if (!answered) return `Из ${countOf(total, NOUN_OF[role])} пока никто не ответил`;
  return `${countOf(answered, NOUN[role])} из ${total} ${pluralForm(answered, ANSWERED)}`;
}

const lowered = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : text(v) ? [text(v)] : []);

/** What the answers of one question amount to: a line, or a heading and the free answers. */
function questionLines(q: InterimQuestion, answers: readonly InterimRespondent[]): string[] {
  const values = answers.map((a) => a.values[q.key]);
  if (q.kind === 'scale') {
    const s = stats(values.filter((v): v is number => typeof v === 'number'));
    return s.n ? [`${q.short}: в среднем ${decimal(s.mean)} из 10 (${countOf(s.n, RATINGS)})`] : [];
  }
  if (q.kind === 'choice' || q.kind === 'checkbox') {
    const counts = new Map<string, number>();
    for (const v of values.flatMap(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
    if (!counts.size) return [];
    const order = [...counts].sort((a, b) => b[1] - a[1]);
    return [`${q.short}: ${order.map(([v, n]) => `${quoted(v)} — ${n}`).join('; ')}`];
  }
  const free = values.map(text).filter(Boolean);
  return free.length ? [`${q.short}:`, ...free.map((t) => `— ${t}`)] : [];
}

const RATINGS: PluralForms = ['оценка', 'оценки', 'оценок'];

/** The answer's values that call for the curator, or null. */
function alerting(q: InterimQuestion, value: unknown): string[] | null {
  const a = q.alert;
  if (!a) return null;
  if (a.atMost !== undefined) return typeof value === 'number' && value <= a.atMost ? [String(value)] : null;
  const hits = list(value).filter((v) => (a.answers ? a.answers.includes(v) : !a.except?.includes(v)));
  return hits.length ? hits : null;
}

function nextSteps(input: InterimInput): string[] {
  const steps: string[] = [];
  for (const role of ROLES)
    for (const q of INTERIM_QUESTIONS[role])
      for (const answer of input.answers[role]) {
        const hits = alerting(q, answer.values[q.key]);
        if (!hits) continue;
        // A checkbox says what exactly was asked for; a choice or a rating is already in the text.
        const what =
          q.kind === 'checkbox' ? ` (${hits.join(', ')})` : q.kind === 'scale' ? ` (${hits[0]})` : '';
        const where = answer.pairs.length ? answer.pairs.join('; ') : ROLE_LABEL[role];
        steps.push(`— ${where}: ${q.alert!.next}${what}.`);
      }
  // Who gave their feedback on the earlier single form is not asked again.
  const earlier = (role: Audience) =>
    input.legacy?.filter((a) => a.role === role && !a.answeredAgain).length ?? 0;
  const silent = ROLES.flatMap((role) => {
    const n = input.participants[role] - input.answers[role].length - earlier(role);
    return n > 0 ? [countOf(n, NOUN[role])] : [];
  });
  if (input.perRoleForms && silent.length)
    steps.push(
      `— Ещё не ответили: ${silent.join(', ')}. Напомните об анкете: ссылка есть в письме-приглашении и в карточке педагога в Gmail.`,
    );
  return steps;
}

function legacyLines(legacy: NonNullable<InterimInput['legacy']>, input: InterimInput): string[] {
  const of = (key: string, role?: Audience) =>
    stats(
      legacy
        .filter((a) => !role || a.role === role)
        .flatMap((a) => (typeof a.values[key] === 'number' ? [a.values[key] as number] : [])),
    ).mean;
  const lines = [
    'Прежняя общая анкета (одни вопросы для наставников и наставляемых):',
    bothRoles((r) => legacy.filter((a) => a.role === r).length, input),
    ...LEGACY_INTERIM_ITEMS.map(
      (item) =>
        `${item.short}: ${decimal(of(item.key))} (${ROLES.map((r) => `${ROLE_LABEL[r]} ${decimal(of(item.key, r))}`).join(', ')})`,
    ),
  ];
  const free = (key: string) => legacy.map((a) => text(a.values[key])).filter(Boolean);
  if (free('good').length) lines.push('Что получается хорошо:', ...free('good').map((t) => `— ${t}`));
  if (free('change').length)
    lines.push('Что изменить во втором полугодии:', ...free('change').map((t) => `— ${t}`));
  return lines;
}

/** The curator's summary: a message with the response per role, and the lines to read. */
export function interimSummary(input: InterimInput): { message: string; lines: string[] } {
  const lines: string[] = [];
  if (input.legacy && !input.perRoleForms)
    lines.push(
      'В этой таблице промежуточная анкета создана прежней версией: одна для наставников и наставляемых. Чтобы задать им разные вопросы, создайте на шаге 6.2 анкеты отдельно для наставников и наставляемых — прежние ответы сохранятся и останутся в сводке.',
    );
  if (input.perRoleForms)
    for (const role of ROLES) {
      const answers = input.answers[role];
      lines.push(
        `${capitalised(ROLE_LABEL[role])}: ${lowered(answeredOf(role, answers.length, input.participants[role]))}.`,
      );
      for (const q of INTERIM_QUESTIONS[role]) lines.push(...questionLines(q, answers));
    }
  if (input.legacy?.length) lines.push(...legacyLines(input.legacy, input));
  const steps = nextSteps(input);
  if (steps.length) lines.push('Что сделать:', ...steps);
  const message = input.perRoleForms
    ? bothRoles((r) => input.answers[r].length, input)
    : bothRoles((r) => input.legacy?.filter((a) => a.role === r).length ?? 0, input);
  return { message, lines };
}

/** «2 наставника из 3 ответили; из 4 наставляемых пока никто не ответил.» */
function bothRoles(answered: (role: Audience) => number, input: InterimInput): string {
  const parts = ROLES.map((r) => answeredOf(r, answered(r), input.participants[r]));
  return `${parts.map((p, i) => (i ? lowered(p) : p)).join('; ')}.`;
}
