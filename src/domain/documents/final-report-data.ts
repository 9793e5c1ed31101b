import { PROCESS_ITEMS, SATISFACTION_ITEMS } from '../forms/monitoring-items';
import { formatDate, shortName } from '../format/ru';
import type { Stats } from '../monitoring';
import { PLANNED_MEETINGS_PER_PAIR } from '../ranking';
import { commonFields, type DocumentContext } from './data';
import { genderOf } from '../format/names';
import { signatureName, type Curator } from './people';
import type { TemplateData } from './placeholders';
import { monitoringReportData } from './report-monitoring';
import { reportConclusions, type FinalReportFacts } from './report-conclusions';
import { DASH, decimal, percent, signed } from './report-numbers';

/** The values of the final report (FINAL_REPORT) from the year's facts and the curators the curator typed. */

export { parseCurators, type Curator } from './people';

const SECTION_TOTALS = {
  satisfaction: 'Удовлетворённость участием (все пункты)',
  process: 'Качество реализации (все пункты)',
} as const;

const SURVEYS = {
  satisfaction: 'Удовлетворённость и качество реализации',
  impactBefore: 'Самооценка до программы',
  impactAfter: 'Самооценка после программы',
} as const;

function itemRow(label: string, s: Stats) {
  return { label, mean: decimal(s.mean), high: percent(s.shareHigh) };
}

export function finalReportData(
  ctx: DocumentContext,
  facts: FinalReportFacts,
  curators: readonly Curator[],
): TemplateData {
  const ind = facts.indicators;
  const byKey = new Map(ind.items.map((i) => [i.item.key, i]));
  const items = [
    ...[...SATISFACTION_ITEMS, ...PROCESS_ITEMS].flatMap((item) => {
      const it = byKey.get(item.key);
      return it ? [itemRow(item.short, it.all)] : [];
    }),
    itemRow(SECTION_TOTALS.satisfaction, ind.sections.satisfaction.all),
    itemRow(SECTION_TOTALS.process, ind.sections.process.all),
  ];
  const o = ind.impactOverall;
  const groups = facts.pairs.filter((p) => p.group).length;
  const meetings = facts.pairs.reduce((n, p) => n + p.meetings, 0);
  const met = facts.pairs.filter((p) => p.meetings > 0).length;
  const monitoring = monitoringReportData(ind);
  return {
    fields: {
      ...commonFields(ctx),
      ...monitoring.fields,
      'participants.mentors': String(facts.mentors),
      'participants.mentees': String(facts.mentees),
      'participants.young': String(ind.outcomes.youngTeachers),
      'participants.units': String(facts.pairs.length),
      'participants.pairs': String(facts.pairs.length - groups),
      'participants.groups': String(groups),
      'meetings.total': String(meetings),
      'meetings.perPair': facts.pairs.length ? decimal(meetings / facts.pairs.length) : DASH,
      'meetings.planned': String(PLANNED_MEETINGS_PER_PAIR),
      'meetings.pairs': `${met} из ${facts.pairs.length}`,
      'outcomes.openLessons': String(ind.outcomes.openLessons),
      'outcomes.publications': String(ind.outcomes.publications),
      'outcomes.competitions': String(ind.outcomes.competitions),
      'outcomes.young': `${ind.outcomes.youngRetained} из ${ind.outcomes.youngTeachers}`,
      'curators.title': curators.length === 1 ? 'Куратор' : 'Кураторы',
      // «директор» is masculine: without a known gender the agreement follows the noun.
      'director.acquainted': genderOf(ctx.settings.director) === 'female' ? 'ознакомлена' : 'ознакомлен',
    },
    lists: {
      ...monitoring.lists,
      pairs: facts.pairs.map((p, i) => ({
        n: String(i + 1),
        title: p.title,
        meetings: String(p.meetings),
        last: p.last ? formatDate(p.last) : DASH,
      })),
      items: items.map((row, i) => ({ n: String(i + 1), ...row })),
      impact: [
        ...ind.impact.map((i) => ({
          label: i.item.short,
          before: decimal(i.before.mean),
          after: decimal(i.after.mean),
          change: signed(i.change),
        })),
        { label: 'Все пункты', before: decimal(o.before), after: decimal(o.after), change: signed(o.change) },
      ],
      rates: (Object.keys(SURVEYS) as (keyof typeof SURVEYS)[]).map((key) => {
        const r = ind.responseRate[key];
        return {
          label: SURVEYS[key],
          answered: String(r.answered),
          participants: String(r.participants),
          rate: percent(r.rate),
        };
      }),
      mentors: facts.best.map((name, i) => ({ n: String(i + 1), short: shortName(name) })),
      conclusions: reportConclusions(facts).map((text, i) => ({ n: String(i + 1), text })),
      curators: curators.map((c) => ({
        position: c.position ? c.position[0].toLocaleUpperCase('ru') + c.position.slice(1) : 'Куратор',
        signature: signatureName(c.name),
      })),
    },
    flags: { ranked: facts.best.length > 0 },
  };
}
