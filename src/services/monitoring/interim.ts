import { INTERIM_ITEMS } from '../../domain/forms/programme-forms';
import { ROLE_LABEL, ROLES, stats, type Role } from '../../domain/monitoring';
import type { Ports } from '../ports';
import { loadProgrammePairs } from '../meetings/pairs';
import { readAnswers } from './answers';

const f = (x: number | null) => (x === null ? '—' : x.toFixed(1).replace('.', ','));

/**
 * The January feedback for the curator: who answered (by role, of how many), the mean of each item by role,
 * and the suggestions for the second half-year without names. The last answer of each person counts.
 */
export function summarizeInterim(ports: Ports): { answered: number; participants: number; lines: string[] } {
  const people = loadProgrammePairs(ports).byEmail;
  const latest = new Map(
    readAnswers(ports, 'interim')
      .filter((r) => people.has(r.email))
      .map((r) => [r.email, r]),
  );
  const answers = [...latest.values()];
  const roleOf = (email: string): Role => people.get(email)!.role;
  const total = (role: Role) => [...people.values()].filter((p) => p.role === role).length;
  const lines = [
    `Ответили ${answers.length} из ${people.size}: ${ROLES.map((role) => `${ROLE_LABEL[role]} ${answers.filter((a) => roleOf(a.email) === role).length} из ${total(role)}`).join(', ')}.`,
    ...INTERIM_ITEMS.map((item) => {
      const of = (role?: Role) =>
        stats(
          answers
            .filter((a) => !role || roleOf(a.email) === role)
            .flatMap((a) => (typeof a.values[item.key] === 'number' ? [a.values[item.key] as number] : [])),
        );
      return `${item.short}: ${f(of().mean)} (${ROLES.map((r) => `${ROLE_LABEL[r]} ${f(of(r).mean)}`).join(', ')})`;
    }),
  ];
  const good = answers.map((a) => String(a.values.good ?? '').trim()).filter(Boolean);
  const change = answers.map((a) => String(a.values.change ?? '').trim()).filter(Boolean);
  if (good.length) lines.push('Что получается хорошо:', ...good.map((t) => `— ${t}`));
  if (change.length) lines.push('Что изменить во втором полугодии:', ...change.map((t) => `— ${t}`));
  return { answered: answers.length, participants: people.size, lines };
}
