import { pairTitle } from '../../domain/meetings';
import { ROLE_LABEL, computeIndicators, type MonitoringIndicators, type Role } from '../../domain/monitoring';
import { goalsReachedShare } from '../../domain/monitoring-outcomes';
import { shortName } from '../../domain/format/ru';
import { logAction } from '../db/journal';
import type { Ports } from '../ports';
import { loadMonitoringInput } from './answers';
import { updateRanking } from './ranking';
import { writeMonitoringSheet } from './sheet';

export interface MonitoringRun {
  indicators: MonitoringIndicators;
  rows: number;
  charts: number;
  /** Russian lines for the sidebar. */
  details: string[];
}

const f = (x: number | null, digits = 1) => (x === null ? '—' : x.toFixed(digits).replace('.', ','));
const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** Computes the indicators, writes Мониторинг with its charts and the mentors' ranking. */
export function runMonitoring(ports: Ports): MonitoringRun {
  return ports.lock.withDocumentLock(() => {
    const { input, programme, problems: unread } = loadMonitoringInput(ports);
    const indicators = computeIndicators(input);
    const titles = new Map(programme.pairs.map((p) => [p.id, pairTitle(p)]));
    const { rows, charts } = writeMonitoringSheet(ports, indicators, titles);
    const { rows: ranking, problems } = updateRanking(ports, input, programme);
    logAction(ports, 'Рассчитаны показатели мониторинга', `строк: ${rows}, диаграмм: ${charts}`);
    return {
      indicators,
      rows,
      charts,
      details: [
        ...problems,
        ...unreadLines(unread),
        ...summaryLines(indicators),
        ...ranking.slice(0, 5).map((r) => `${r.rank}. ${shortName(r.fullName ?? '')} — ${f(r.total, 2)}`),
      ],
    };
  });
}

function summaryLines(ind: MonitoringIndicators): string[] {
  const s = ind.sections;
  const r = ind.responseRate;
  const o = ind.outcomes;
  const goals = (role: Role) => pct(goalsReachedShare(o.goals[role]));
  const swot = Object.values(o.swot).reduce((n, q) => n + q.participants.length + q.curator.length, 0);
  return [
    `Удовлетворённость: ${f(s.satisfaction.all.mean)} (разброс оценок ±${f(s.satisfaction.all.spread)}), оценок ≥ 8: ${pct(s.satisfaction.all.shareHigh)}; ${ROLE_LABEL.mentor} ${f(s.satisfaction.byRole.mentor.mean)}, ${ROLE_LABEL.mentee} ${f(s.satisfaction.byRole.mentee.mean)}`,
    `Качество реализации: ${f(s.process.all.mean)} (разброс оценок ±${f(s.process.all.spread)}), оценок ≥ 8: ${pct(s.process.all.shareHigh)}`,
    `Самооценка: до ${f(ind.impactOverall.before)}, после ${f(ind.impactOverall.after)}, изменение ${f(ind.impactOverall.change)}`,
    `Ответили: удовлетворённость ${pct(r.satisfaction.rate)}, до ${pct(r.impactBefore.rate)}, после ${pct(r.impactAfter.rate)}`,
    `Цели индивидуальных планов достигнуты полностью или в основном: по ответам наставляемых ${goals('mentee')}, наставников ${goals('mentor')}`,
    `Открытых уроков ${o.openLessons}, публикаций ${o.publications}, конкурсов ${o.competitions}; аттестацию прошли ${o.attested}, повысили категорию ${o.categoryRaised}; молодых специалистов остаются ${o.youngRetained} из ${o.youngTeachers}`,
    `SWOT-анализ: ответов ${swot}; анкета куратора: ${ind.curator.some((c) => c.stats.n) ? 'заполнена' : 'не заполнена'}`,
    ind.anonymous
      ? 'Опрос удовлетворённости анонимный: рейтинг наставников — по оценке куратора, росту самооценки наставляемых и числу встреч.'
      : 'Рейтинг наставников — по оценкам наставляемых, росту их самооценки и числу встреч.',
  ];
}

/** At most ten unreadable values, then how many more: the curator corrects them in the response sheets. */
function unreadLines(unread: readonly string[]): string[] {
  if (!unread.length) return [];
  const more = unread.length > 10 ? [`…и ещё ${unread.length - 10}.`] : [];
  return [
    'Не учтены значения, которые не удалось прочитать (исправьте их на листах ответов):',
    ...unread.slice(0, 10),
    ...more,
  ];
}
