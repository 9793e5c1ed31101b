import { genderOf } from '../format/names';
import { splitList } from '../forms/topics';
import { commonFields, data, type DocumentContext, type PairInput } from './data';
import { nameWithPosition, signatureName } from './people';
import { activitySchedule, menteeWords, planGoals, planResults, planTasks } from './plan-content';
import type { TemplateData } from './placeholders';

const MONTH_NAMES = [
  'Январь',
  'Февраль',
  'Март',
  'Апрель',
  'Май',
  'Июнь',
  'Июль',
  'Август',
  'Сентябрь',
  'Октябрь',
  'Ноябрь',
  'Декабрь',
];

/** «до 20.10.2022» → «Октябрь 2022», for a template edited before the plan's dates came in. */
function monthOf(due: string): string {
  const m = /(\d\d)\.(\d{4})$/.exec(due);
  return m ? `${MONTH_NAMES[Number(m[1]) - 1]} ${m[2]}` : '';
}

/**
 * The individual plan of a pair or group: the mentees' requests and the mentor's competences make its
 * content (plan-content.ts); the first curator the introducing order appointed agrees it.
 */
export function planData(ctx: DocumentContext, pair: PairInput): TemplateData {
  const requests = [...new Set(pair.mentees.flatMap((m) => splitList(m.requests)))];
  const competences = splitList(pair.mentor.competences);
  const format = pair.mentees.find((m) => m.format)?.format || pair.mentor.format || 'очно';
  const y = ctx.settings.academicYearStart;
  const group = pair.kind === 'группа' || pair.mentees.length > 1;
  const w = menteeWords(group);
  const curator = ctx.curators?.[0];
  const signature = (name: string) => `_______________ /${signatureName(name)}/`;
  return data(
    {
      ...commonFields(ctx),
      mentor: nameWithPosition(pair.mentor.fullName, pair.mentor.position),
      'mentor.signature': signatureName(pair.mentor.fullName),
      mentees: pair.mentees.map((m) => nameWithPosition(m.fullName, m.position)).join('; '),
      'mentees.signatures': pair.mentees.map((m) => signature(m.fullName)).join('  '),
      'curator.signature': curator ? signatureName(curator.name) : '_______________',
      period: `октябрь ${y} – май ${y + 1}`,
    },
    {
      goals: planGoals(requests, w).map((text) => ({ text })),
      tasks: planTasks(requests, w).map((text) => ({ text })),
      meetings: activitySchedule(requests, competences, y, ctx.date, w).map((m, i) => ({
        n: String(i + 1),
        date: m.date,
        month: monthOf(m.date),
        topic: m.text,
        report: m.report,
        format,
      })),
      results: planResults(requests, w).map((text) => ({ text })),
      signatures: pair.mentees.map((m) => ({
        role: genderOf(m.fullName) === 'female' ? 'Наставляемая' : 'Наставляемый',
        signature: signatureName(m.fullName),
      })),
    },
    { group },
  );
}
