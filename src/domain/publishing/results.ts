import { IMPACT_ITEMS, PROCESS_ITEMS, SATISFACTION_ITEMS } from '../forms/monitoring-items';
import { declineName } from '../format/names';
import { capitalised, countOf, counted, pluralForm } from '../format/ru';
import type { MonitoringIndicators } from '../monitoring';

/**
 * The public results page (7.2) and the news text, as plain data: aggregates only, and the names of mentors
 * who gave their own consent to publication (152-ФЗ ст. 10.1). Nothing here can carry another name: the
 * caller passes only consented names, and the page shows nothing per person besides them.
 */

interface Bar {
  label: string;
  /** One value per series. */
  values: number[];
  /** Bar widths in percent of the scale (0…100), per series. */
  widths: number[];
  /** Values as printed («7,8»). */
  texts: string[];
}

interface BarChart {
  title: string;
  series: string[];
  bars: Bar[];
}

export interface PublicResults {
  school: string;
  year: string;
  /** «Данные на 25.05.2023». */
  asOf: string;
  facts: { label: string; value: string }[];
  charts: BarChart[];
  /** Mentors with publication consent, best first. */
  mentors: string[];
}

const one = (x: number | null) => (x === null ? '—' : x.toFixed(1).replace('.', ','));
const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

function chart(
  title: string,
  series: string[],
  rows: { label: string; values: (number | null)[] }[],
  max: number,
): BarChart {
  return {
    title,
    series,
    bars: rows.map((r) => ({
      label: r.label,
      values: r.values.map((v) => v ?? 0),
      widths: r.values.map((v) => Math.max(0, Math.min(100, Math.round(((v ?? 0) / max) * 1000) / 10))),
      texts: r.values.map(one),
    })),
  };
}

export interface PublicInput {
  school: string;
  year: string;
  asOf: string;
  pairs: number;
  mentors: number;
  mentees: number;
  meetings: number;
  indicators: MonitoringIndicators;
  consentedMentors: string[];
}

export function publicResults(p: PublicInput): PublicResults {
  const ind = p.indicators;
  const items = new Map(ind.items.map((i) => [i.item.key, i]));
  const o = ind.outcomes;
  return {
    school: p.school,
    year: p.year,
    asOf: p.asOf,
    facts: [
      { label: 'Наставнических пар и групп', value: String(p.pairs) },
      { label: 'Наставников', value: String(p.mentors) },
      { label: 'Наставляемых', value: String(p.mentees) },
      { label: 'Встреч проведено', value: String(p.meetings) },
      { label: 'Удовлетворённость участников (из 10)', value: one(ind.sections.satisfaction.all.mean) },
      { label: 'Оценок 8 и выше', value: percent(ind.sections.satisfaction.all.shareHigh) },
      {
        label: 'Рост самооценки (из 10)',
        value:
          ind.impactOverall.change === null
            ? '—'
            : `${ind.impactOverall.change >= 0 ? '+' : ''}${one(ind.impactOverall.change)}`,
      },
      { label: 'Открытых уроков', value: String(o.openLessons) },
      { label: 'Публикаций', value: String(o.publications) },
      { label: 'Участий в конкурсах', value: String(o.competitions) },
      { label: 'Молодых специалистов остаются в школе', value: `${o.youngRetained} из ${o.youngTeachers}` },
    ],
    charts: [
      chart(
        'Удовлетворённость и качество программы (средний балл из 10)',
        ['Наставники', 'Наставляемые'],
        [...SATISFACTION_ITEMS, ...PROCESS_ITEMS].map((it) => ({
          label: it.short,
          values: [
            items.get(it.key)?.byRole.mentor.mean ?? null,
            items.get(it.key)?.byRole.mentee.mean ?? null,
          ],
        })),
        10,
      ),
      chart(
        'Самооценка участников до и после программы (из 10)',
        ['До', 'После'],
        IMPACT_ITEMS.map((it) => {
          const i = ind.impact.find((x) => x.item.key === it.key);
          return { label: it.short, values: [i?.before.mean ?? null, i?.after.mean ?? null] };
        }),
        10,
      ),
    ],
    mentors: p.consentedMentors,
  };
}

/** A ready news item for the school site, in Russian. */
export function newsText(r: PublicResults, p: PublicInput): string {
  const ind = p.indicators;
  const o = ind.outcomes;
  const lines = [
    `Итоги программы наставничества «учитель – учитель» в ${r.year} учебном году`,
    '',
    `В ${r.school} завершился учебный год работы по целевой модели наставничества. ` +
      `${capitalised(pluralForm(p.pairs, ['работала', 'работали', 'работали']))} ${countOf(p.pairs, ['наставническая пара/группа', 'наставнические пары/группы', 'наставнических пар/групп'])}: ` +
      `${countOf(p.mentors, ['наставник', 'наставника', 'наставников'])} и ${countOf(p.mentees, ['наставляемый', 'наставляемых', 'наставляемых'])}; ` +
      `${counted(p.meetings, ['проведена', 'проведены', 'проведено'], ['встреча', 'встречи', 'встреч'])}.`,
    `Участники оценили программу в среднем на ${one(ind.sections.satisfaction.all.mean)} балла из 10; ` +
      `${percent(ind.sections.satisfaction.all.shareHigh)} оценок — 8 и выше. ` +
      `Самооценка профессиональных умений выросла с ${one(ind.impactOverall.before)} до ${one(ind.impactOverall.after)} балла.`,
    `За год педагоги провели ${countOf(o.openLessons, ['открытый урок', 'открытых урока', 'открытых уроков'])}, ` +
      `подготовили ${countOf(o.publications, ['публикацию', 'публикации', 'публикаций'])}, ` +
      `приняли участие в профессиональных конкурсах ${countOf(o.competitions, ['раз', 'раза', 'раз'])}.` +
      (o.youngTeachers
        ? ` Из ${o.youngTeachers} ${pluralForm(o.youngTeachers, ['молодого специалиста', 'молодых специалистов', 'молодых специалистов'])} ${pluralForm(o.youngRetained, ['продолжит', 'продолжат', 'продолжат'])} работу в школе ${o.youngRetained}.`
        : ''),
  ];
  if (r.mentors.length)
    lines.push(
      '',
      `Благодарим лучших наставников: ${r.mentors.map((m) => declineName(m, 'accusative')).join(', ')}.`,
    );
  lines.push('', 'Подробные результаты мониторинга — на странице программы наставничества.');
  return lines.join('\n');
}
