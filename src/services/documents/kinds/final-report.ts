import { parseCurators, finalReportData } from '../../../domain/documents/final-report-data';
import type { FinalReportFacts } from '../../../domain/documents/report-conclusions';
import { meetingsByPair, pairTitle } from '../../../domain/meetings';
import { computeIndicators } from '../../../domain/monitoring';
import { RANKING } from '../../../domain/schema/sheets';
import type { Settings } from '../../../domain/settings';
import { openDatabase } from '../../db/database';
import { UserFacingError } from '../../errors';
import { loadMonitoringInput } from '../../monitoring/answers';
import { rewardChoice } from '../../monitoring/ranking';
import type { Ports } from '../../ports';
import type { Target } from '../generate';

/**
 * The final report's facts (7.1), from the monitoring services: the participants and their answers (the
 * registry, Наставники, Наставляемые, Пары и группы and the three survey sheets), Встречи and Рейтинг
 * наставников — each read once. The ranking is what «Рассчитать показатели мониторинга» writes, so a report
 * before that step stops with a Russian message.
 */
function loadFinalReportFacts(ports: Ports): { facts: FinalReportFacts; marked: boolean } {
  const { input, programme } = loadMonitoringInput(ports);
  if (!programme.pairs.length)
    throw new UserFacingError('Нет утверждённых пар/групп: отчитываться пока не о чем (этап 5.1).');
  const ranking = rewardChoice(ports);
  if (!ranking.mentors.length)
    throw new UserFacingError(
      'Сначала рассчитайте показатели мониторинга (этап 7.1, «Рассчитать показатели мониторинга»): ' +
        'отчёт строится по ним и по рейтингу наставников.',
    );
  const stats = meetingsByPair(openDatabase(ports).meetings.load().rows);
  const facts: FinalReportFacts = {
    indicators: computeIndicators(input),
    pairs: programme.pairs.map((p) => ({
      title: pairTitle(p),
      group: p.menteeIds.length > 1,
      meetings: stats.get(p.id)?.count ?? 0,
      last: stats.get(p.id)?.last ?? null,
    })),
    mentors: new Set(programme.pairs.map((p) => p.mentorId)).size,
    mentees: new Set(programme.pairs.flatMap((p) => p.menteeIds)).size,
    best: ranking.marked ? ranking.mentors.map((m) => m.fullName) : [],
  };
  return { facts, marked: ranking.marked };
}

/** The one report of the programme; `input` is the curators the curator typed (one a line). */
export function finalReportTargets(ports: Ports, settings: Settings, input: string): Target[] {
  const curators = parseCurators(input);
  if (!curators.length)
    throw new UserFacingError(
      'Укажите кураторов: Ф.И.О. и должность, каждого с новой строки (например, «Иванова Мария Петровна, ' +
        'заместитель директора по УВР»).',
    );
  const { facts, marked } = loadFinalReportFacts(ports);
  const notes = marked
    ? []
    : [
        `Лучшие наставники не отмечены в столбце «Поощрить» на листе «${RANKING.name}»: в разделе ` +
          '«Лучшие наставники» отчёта имён нет. Отметьте их и сформируйте отчёт заново.',
      ];
  return [
    {
      subjectId: '',
      subject: input.trim(),
      notes,
      data: (date, number) => finalReportData({ settings, date, number }, facts, curators),
    },
  ];
}
