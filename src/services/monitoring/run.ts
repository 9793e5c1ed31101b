import { pairTitle } from '../../domain/meetings';
import { ROLE_LABEL, computeIndicators, type MonitoringIndicators } from '../../domain/monitoring';
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
    const { input, programme } = loadMonitoringInput(ports);
    const indicators = computeIndicators(input);
    const titles = new Map(programme.pairs.map((p) => [p.id, pairTitle(p)]));
    const { rows, charts } = writeMonitoringSheet(ports, indicators, titles);
    const ranking = updateRanking(ports, input, programme);
    logAction(ports, 'Рассчитаны показатели мониторинга', `строк: ${rows}, диаграмм: ${charts}`);
    return {
      indicators,
      rows,
      charts,
      details: [
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
  return [
    `Удовлетворённость: ${f(s.satisfaction.all.mean)} (разброс оценок ±${f(s.satisfaction.all.spread)}), оценок ≥ 8: ${pct(s.satisfaction.all.shareHigh)}; ${ROLE_LABEL.mentor} ${f(s.satisfaction.byRole.mentor.mean)}, ${ROLE_LABEL.mentee} ${f(s.satisfaction.byRole.mentee.mean)}`,
    `Качество реализации: ${f(s.process.all.mean)} (разброс оценок ±${f(s.process.all.spread)}), оценок ≥ 8: ${pct(s.process.all.shareHigh)}`,
    `Самооценка: до ${f(ind.impactOverall.before)}, после ${f(ind.impactOverall.after)}, изменение ${f(ind.impactOverall.change)}`,
    `Ответили: удовлетворённость ${pct(r.satisfaction.rate)}, до ${pct(r.impactBefore.rate)}, после ${pct(r.impactAfter.rate)}`,
    `Открытых уроков ${o.openLessons}, публикаций ${o.publications}, конкурсов ${o.competitions}; молодых специалистов остаются ${o.youngRetained} из ${o.youngTeachers}`,
  ];
}
