import { countOf, formatDate } from '../format/ru';

/** A roadmap step as the digest needs it. */
export interface DigestStep {
  code: string;
  title: string;
  dueTo: Date;
  done: boolean;
  next: string;
}

export interface Digest {
  overdue: DigestStep[];
  dueSoon: DigestStep[];
  subject: string;
  body: string;
}

/** Steps due within this many days are announced. */
const DUE_SOON_DAYS = 14;

const DAY = 24 * 60 * 60 * 1000;

/**
 * The curators' deadline digest: steps overdue and steps due within two weeks, with what to do next.
 * Null when there is nothing to say (no e-mail is sent then).
 */
export function buildDigest(steps: readonly DigestStep[], today: Date, school: string): Digest | null {
  const open = steps.filter((s) => !s.done);
  const endOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 23, 59, 59, 999);
  const overdue = open.filter((s) => endOfDay(s.dueTo) < today);
  const dueSoon = open.filter(
    (s) => endOfDay(s.dueTo) >= today && s.dueTo.getTime() - endOfToday.getTime() <= DUE_SOON_DAYS * DAY,
  );
  if (!overdue.length && !dueSoon.length) return null;
  const line = (s: DigestStep) =>
    `• ${s.code} ${s.title} — срок ${formatDate(s.dueTo)}${s.next ? `. Дальше: ${s.next}` : ''}`;
  const parts = [
    'Здравствуйте!',
    `Сводка по дорожной карте программы наставничества${school ? ` (${school})` : ''} на ${formatDate(today)}.`,
    ...(overdue.length
      ? [
          '',
          `Просрочено: ${countOf(overdue.length, ['мероприятие', 'мероприятия', 'мероприятий'])}`,
          ...overdue.map(line),
        ]
      : []),
    ...(dueSoon.length ? ['', `Срок в ближайшие две недели: ${dueSoon.length}`, ...dueSoon.map(line)] : []),
    '',
    'Откройте таблицу программы: Расширения → Наставник → Открыть панель.',
    'Письмо отправлено надстройкой «Наставник» не чаще раза в день.',
  ];
  const subject = overdue.length
    ? `Наставничество: просрочено ${countOf(overdue.length, ['мероприятие', 'мероприятия', 'мероприятий'])}`
    : `Наставничество: сроки в ближайшие две недели (${dueSoon.length})`;
  return { overdue, dueSoon, subject, body: parts.join('\n') };
}

function endOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999);
}

/** Whether the digest may go out today: at most once per calendar day. */
export function digestDue(lastSent: Date | null, today: Date): boolean {
  return !lastSent || formatDate(lastSent) !== formatDate(today);
}
