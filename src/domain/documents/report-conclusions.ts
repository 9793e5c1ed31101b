import type { MonitoringIndicators, ResponseRate } from '../monitoring';
import { PLANNED_MEETINGS_PER_PAIR } from '../ranking';
import { decimal, percent, signed } from './report-numbers';
import { quoted } from '../format/quotes';

/**
 * «Выводы и рекомендации» of the final report: Russian sentences derived from the indicators, each a finding
 * with a number and, where the number is weak, what to do next year. Pure.
 */

interface ReportPair {
  title: string;
  group: boolean;
  meetings: number;
  last: Date | null;
}

export interface FinalReportFacts {
  indicators: MonitoringIndicators;
  pairs: readonly ReportPair[];
  mentors: number;
  mentees: number;
  /** Mentors the curator marked «Поощрить» in the ranking, best first (full names); empty when none. */
  best: readonly string[];
}

/** A mean of 8 and above is high (the methodology's «8–10»), below 6 low. */
const HIGH = 8;
const LOW = 6;
/** Below this share of answers a survey's picture is not reliable. */
const ENOUGH_ANSWERS = 0.8;

/** What to do when an item is the weakest, by item key. */
const ADVICE: Record<string, string> = {
  sat_overall:
    'обсудить с участниками, что мешало им получить пользу от программы, и учесть это при составлении пар на следующий год',
  sat_useful:
    'строить встречи вокруг конкретных затруднений наставляемых: посещение и разбор уроков, совместная подготовка материалов',
  sat_comfort:
    'при формировании пар (групп) учитывать пожелания участников, а затруднения в общении обсуждать с куратором',
  sat_expect:
    'в начале работы согласовывать ожидания наставника и наставляемого и фиксировать их в индивидуальном плане',
  sat_again: 'шире отмечать и поощрять наставническую деятельность, распространять опыт лучших пар (групп)',
  proc_regular: 'закрепить график встреч в индивидуальных планах и ежемесячно контролировать его выполнение',
  proc_plan:
    'составлять индивидуальные планы вместе с наставляемыми и сверять их с запросами при промежуточной обратной связи',
  proc_support: 'проводить регулярные консультации кураторов для наставников и пар (групп)',
  proc_organisation:
    'предусмотреть в расписании время для встреч пар (групп) и возможность дистанционного формата',
};
const DEFAULT_ADVICE = 'уделить этому направлению особое внимание при планировании работы на следующий год';

function level(mean: number): string {
  return mean >= HIGH ? 'высокий' : mean >= LOW ? 'средний' : 'низкий';
}

export function reportConclusions(facts: FinalReportFacts): string[] {
  return [
    ...satisfaction(facts.indicators),
    ...items(facts.indicators),
    ...impact(facts.indicators),
    ...meetings(facts.pairs),
    ...coverage(facts.indicators),
    ...outcomes(facts.indicators),
    'Рекомендуется продолжить реализацию целевой модели наставничества в следующем учебном году, учитывая ' +
      'результаты мониторинга при формировании пар (групп) и составлении индивидуальных планов.',
  ];
}

function satisfaction(ind: MonitoringIndicators): string[] {
  const s = ind.sections.satisfaction.all;
  const q = ind.sections.process.all;
  if (s.mean === null)
    return [
      'Мониторинг удовлетворённости участием в программе не проведён: рекомендуется провести его до ' +
        'окончания учебного года.',
    ];
  const out = [
    `Уровень удовлетворённости участников программой ${level(s.mean)}: средний балл ${decimal(s.mean)} ` +
      `из 10, оценок 8 и выше — ${percent(s.shareHigh)}.`,
  ];
  if (q.mean !== null)
    out.push(
      `Качество реализации программы участники оценили в ${decimal(q.mean)} балла из 10 ` +
        `(оценок 8 и выше — ${percent(q.shareHigh)}).`,
    );
  const { mentor, mentee } = ind.sections.satisfaction.byRole;
  if (mentor.mean !== null && mentee.mean !== null && Math.abs(mentor.mean - mentee.mean) >= 1) {
    const [low, high] =
      mentee.mean < mentor.mean ? ['Наставляемые', 'наставники'] : ['Наставники', 'наставляемые'];
    out.push(
      `${low} оценивают программу ниже, чем ${high} (${decimal(Math.min(mentor.mean, mentee.mean))} против ` +
        `${decimal(Math.max(mentor.mean, mentee.mean))}): их затруднения стоит обсудить на встрече с кураторами.`,
    );
  }
  return out;
}

function items(ind: MonitoringIndicators): string[] {
  const rated = ind.items.filter((i) => i.all.mean !== null);
  if (!rated.length) return [];
  const sorted = [...rated].sort((a, b) => a.all.mean! - b.all.mean!);
  const weakest = sorted[0];
  const strongest = sorted[sorted.length - 1];
  const out: string[] = [];
  // The strongest item is named only when it stands alone at the top.
  if (sorted.length > 1 && strongest.all.mean! > sorted[sorted.length - 2].all.mean!)
    out.push(`Выше всего оценён пункт ${quoted(strongest.item.short)} (${decimal(strongest.all.mean)}).`);
  if (weakest.all.mean! < HIGH)
    out.push(
      `Ниже всего оценён пункт ${quoted(weakest.item.short)} (${decimal(weakest.all.mean)} из 10): рекомендуется ` +
        `${ADVICE[weakest.item.key] ?? DEFAULT_ADVICE}.`,
    );
  else out.push('Все пункты удовлетворённости и качества реализации оценены в среднем на 8 баллов и выше.');
  return out;
}

function impact(ind: MonitoringIndicators): string[] {
  const o = ind.impactOverall;
  if (o.change === null)
    return [
      'Самооценку участников до и после программы сравнить нельзя: рекомендуется проводить оба опроса ' +
        '(в начале и в конце учебного года).',
    ];
  const out = [
    o.change > 0
      ? `Самооценка участников выросла с ${decimal(o.before)} до ${decimal(o.after)} балла (${signed(o.change)}): ` +
        'программа положительно повлияла на профессиональное развитие участников.'
      : `Самооценка участников не выросла (${decimal(o.before)} до программы, ${decimal(o.after)} после): ` +
        'рекомендуется пересмотреть содержание индивидуальных планов.',
  ];
  const changed = ind.impact.filter((i) => i.change !== null).sort((a, b) => a.change! - b.change!);
  if (changed.length > 1 && changed[0].change! < o.change)
    out.push(
      `Меньше всего изменилась самооценка по пункту ${quoted(changed[0].item.short)} (${signed(changed[0].change)}): ` +
        'рекомендуется включить это направление в индивидуальные планы на следующий учебный год.',
    );
  return out;
}

function meetings(pairs: readonly ReportPair[]): string[] {
  if (!pairs.length) return [];
  const quiet = pairs.filter((p) => !p.meetings).length;
  const perPair = pairs.reduce((n, p) => n + p.meetings, 0) / pairs.length;
  if (quiet)
    return [
      `Не провели ни одной встречи ${quiet} из ${pairs.length} пар (групп): рекомендуется ежемесячно ` +
        'контролировать выполнение графика встреч и напоминать наставникам об отчётах о встречах.',
    ];
  if (perPair < PLANNED_MEETINGS_PER_PAIR)
    return [
      `В среднем проведено ${decimal(perPair)} встречи на пару (группу) при плановых ` +
        `${PLANNED_MEETINGS_PER_PAIR}: рекомендуется закрепить ежемесячный график встреч.`,
    ];
  return [`Все пары (группы) встречались регулярно: в среднем ${decimal(perPair)} встречи на пару (группу).`];
}

const SURVEY_NAMES = {
  satisfaction: 'удовлетворённости и качества',
  impactBefore: 'самооценки до программы',
  impactAfter: 'самооценки после программы',
} as const;

function coverage(ind: MonitoringIndicators): string[] {
  const rates = (Object.entries(ind.responseRate) as [keyof typeof SURVEY_NAMES, ResponseRate][]).filter(
    ([, r]) => r.rate !== null,
  );
  if (!rates.length) return [];
  const [key, lowest] = rates.sort((a, b) => a[1].rate! - b[1].rate!)[0];
  return lowest.rate! < ENOUGH_ANSWERS
    ? [
        `В опросе ${SURVEY_NAMES[key]} участвовали ${percent(lowest.rate)} участников: рекомендуется ` +
          'повысить охват опросами (напоминания, время для заполнения анкет на методических совещаниях).',
      ]
    : [
        `Охват опросами достаточный: в каждом опросе участвовали не менее ${percent(lowest.rate)} участников.`,
      ];
}

function outcomes(ind: MonitoringIndicators): string[] {
  const o = ind.outcomes;
  const out = [
    `За год проведено открытых уроков (занятий) — ${o.openLessons}, подготовлено публикаций — ` +
      `${o.publications}, участий в профессиональных конкурсах — ${o.competitions}: ` +
      'рекомендуется представить этот опыт на педагогическом совете и на сайте школы.',
  ];
  if (o.youngTeachers)
    out.push(
      o.youngRetained === o.youngTeachers
        ? `Все молодые специалисты — участники программы (${o.youngTeachers}) остаются работать в школе.`
        : `Остаются работать в школе ${o.youngRetained} из ${o.youngTeachers} молодых специалистов: ` +
            'рекомендуется продолжить их сопровождение в следующем учебном году.',
    );
  return out;
}
