import type { FieldSpec } from './placeholders';
import { COMMON_FIELDS, p, type Block, type TemplateDeclaration } from './template';

/**
 * The final report for the director (stage 7.1): the requisites of a report as ГОСТ Р 7.0.97-2016 has them
 * (organisation, title with the document type, date, place, text, signatures), then six sections: участники,
 * работа пар, мониторинг (ratings, impact, coverage, plans' goals, the curator's conditions, SWOT), результаты, лучшие наставники, выводы и рекомендации.
 */

const f = (name: string, label: string): FieldSpec => ({ name, label });

const FIELDS: readonly FieldSpec[] = [
  ...COMMON_FIELDS,
  f('participants.mentors', 'число наставников'),
  f('participants.mentees', 'число наставляемых'),
  f('participants.young', 'число молодых специалистов среди наставляемых'),
  f('participants.units', 'число наставнических пар и групп'),
  f('participants.pairs', 'из них пар'),
  f('participants.groups', 'из них групп'),
  f('meetings.total', 'число встреч'),
  f('meetings.perPair', 'встреч в среднем на пару/группу'),
  f('meetings.planned', 'встреч на пару/группу по плану'),
  f('meetings.pairs', 'пар/групп, у которых были встречи'),
  f('outcomes.openLessons', 'открытых уроков'),
  f('outcomes.publications', 'публикаций'),
  f('outcomes.competitions', 'участий в конкурсах'),
  f('outcomes.young', 'молодых специалистов, остающихся в школе («2 из 3»)'),
  f('survey.mode', 'как проводился опрос удовлетворённости и как без него строится рейтинг'),
  f('outcomes.attested', 'прошли аттестацию'),
  f('outcomes.categoryRaised', 'повысили категорию («1 из 5»)'),
  f('outcomes.studentsMentees', 'результаты обучающихся улучшились, по ответам наставляемых («2 из 3»)'),
  f('outcomes.studentsMentors', 'то же по ответам наставников'),
  f('curators.title', '«Куратор» или «Кураторы» по их числу'),
  f('director.acquainted', '«ознакомлена» или «ознакомлен» по роду директора'),
];

const heading = (text: string): Block => p(text, { bold: true });
const text = (t: string): Block => p(t, { align: 'justify' });

export const FINAL_REPORT: TemplateDeclaration = {
  kind: 'finalReport',
  templateName: 'Шаблон — Итоговый отчёт о реализации целевой модели наставничества',
  series: null,
  per: 'programme',
  fileTitle: '',
  fields: FIELDS,
  lists: [
    {
      name: 'pairs',
      label: 'Работа пар и групп',
      fields: [f('n', 'номер'), f('title', 'пара/группа'), f('meetings', 'встреч'), f('last', 'последняя')],
    },
    {
      name: 'items',
      label: 'Удовлетворённость и качество',
      fields: [f('n', 'номер'), f('label', 'показатель'), f('mean', 'средний балл'), f('high', 'доля ≥ 8')],
    },
    {
      name: 'impact',
      label: 'Самооценка до и после',
      fields: [f('label', 'показатель'), f('before', 'до'), f('after', 'после'), f('change', 'изменение')],
    },
    {
      name: 'rates',
      label: 'Охват опросами',
      fields: [
        f('label', 'опрос'),
        f('answered', 'ответили'),
        f('participants', 'участников'),
        f('rate', 'доля'),
      ],
    },
    {
      name: 'goals',
      label: 'Достижение целей индивидуальных планов',
      fields: [f('answer', 'ответ'), f('mentors', 'наставников'), f('mentees', 'наставляемых')],
    },
    {
      name: 'conditions',
      label: 'Условия реализации (анкета куратора)',
      fields: [f('label', 'условие'), f('mean', 'средний балл')],
    },
    {
      name: 'swot',
      label: 'SWOT-анализ',
      fields: [
        f('quadrant', 'сторона'),
        f('participants', 'ответы участников'),
        f('curator', 'ответы куратора'),
      ],
    },
    { name: 'mentors', label: 'Лучшие наставники', fields: [f('n', 'номер'), f('short', 'Фамилия И.О.')] },
    { name: 'conclusions', label: 'Выводы и рекомендации', fields: [f('n', 'номер'), f('text', 'текст')] },
    {
      name: 'curators',
      label: 'Кураторы',
      fields: [f('position', 'должность'), f('signature', 'И.О. Фамилия')],
    },
  ],
  flags: [{ name: 'ranked', label: 'лучшие наставники отмечены в рейтинге' }],
  blocks: [
    p('{{school.full}}', { align: 'center', bold: true }),
    p(''),
    {
      type: 'table',
      rows: [['{{doc.date}}', 'г. {{city}}']],
      widths: [240, 240],
      bordered: false,
    },
    p(''),
    p('Отчёт о реализации целевой модели наставничества в {{school.short}} за {{year}} учебный год', {
      align: 'center',
      bold: true,
      size: 14,
    }),
    p(''),
    heading('1. Участники программы'),
    text(
      'В {{year}} учебном году в {{school.short}} реализовывалась программа наставничества педагогических ' +
        'работников по форме «учитель – учитель». Участники программы: наставников — ' +
        '{{participants.mentors}}, наставляемых — {{participants.mentees}} (из них молодых специалистов — ' +
        '{{participants.young}}). Наставнических пар и групп — {{participants.units}}: пар — ' +
        '{{participants.pairs}}, групп — {{participants.groups}}.',
    ),
    heading('2. Работа наставнических пар (групп)'),
    text(
      'Проведено встреч — {{meetings.total}}, в среднем {{meetings.perPair}} на пару (группу) при ' +
        'плановых {{meetings.planned}}. Встречи проводили {{meetings.pairs}} пар (групп).',
    ),
    {
      type: 'table',
      rows: [
        ['№', 'Наставническая пара (группа)', 'Встреч', 'Последняя встреча'],
        ['{{#pairs}}{{n}}', '{{title}}', '{{meetings}}', '{{last}}{{/pairs}}'],
      ],
      widths: [30, 270, 70, 110],
    },
    p(''),
    heading('3. Результаты мониторинга'),
    text('3.1. Удовлетворённость участием и качество реализации программы (оценки от 1 до 10).'),
    {
      type: 'table',
      rows: [
        ['№', 'Показатель', 'Средний балл', 'Доля оценок 8 и выше'],
        ['{{#items}}{{n}}', '{{label}}', '{{mean}}', '{{high}}{{/items}}'],
      ],
      widths: [30, 270, 80, 100],
    },
    p(''),
    text('3.2. Влияние программы на участников: самооценка до и после программы (от 1 до 10).'),
    {
      type: 'table',
      rows: [
        ['Показатель', 'До', 'После', 'Изменение'],
        ['{{#impact}}{{label}}', '{{before}}', '{{after}}', '{{change}}{{/impact}}'],
      ],
      widths: [240, 80, 80, 80],
    },
    p(''),
    text('3.3. Охват участников опросами.'),
    {
      type: 'table',
      rows: [
        ['Опрос', 'Ответили', 'Участников', 'Доля ответивших'],
        ['{{#rates}}{{label}}', '{{answered}}', '{{participants}}', '{{rate}}{{/rates}}'],
      ],
      widths: [240, 80, 80, 80],
    },
    p(''),
    text('3.4. Достижение целей индивидуальных планов, по ответам участников (число ответов).'),
    {
      type: 'table',
      rows: [
        ['Цели индивидуального плана', 'Наставники', 'Наставляемые'],
        ['{{#goals}}{{answer}}', '{{mentors}}', '{{mentees}}{{/goals}}'],
      ],
      widths: [240, 120, 120],
    },
    p(''),
    text('3.5. Условия реализации программы: анкета куратора (оценки от 1 до 10).'),
    {
      type: 'table',
      rows: [
        ['Условие', 'Средний балл'],
        ['{{#conditions}}{{label}}', '{{mean}}{{/conditions}}'],
      ],
      widths: [360, 120],
    },
    p(''),
    text('3.6. SWOT-анализ программы: ответы участников (без имён) и куратора.'),
    {
      type: 'table',
      rows: [
        ['', 'Ответы участников', 'Ответы куратора'],
        ['{{#swot}}{{quadrant}}', '{{participants}}', '{{curator}}{{/swot}}'],
      ],
      widths: [100, 190, 190],
    },
    p(''),
    text('{{survey.mode}}'),
    heading('4. Результаты наставнической деятельности'),
    text('— проведено открытых уроков (занятий): {{outcomes.openLessons}};'),
    text('— подготовлено публикаций: {{outcomes.publications}};'),
    text('— участий в профессиональных конкурсах: {{outcomes.competitions}};'),
    text('— прошли аттестацию в этом учебном году: {{outcomes.attested}};'),
    text(
      '— повысили квалификационную категорию (по сравнению с анкетой участника): {{outcomes.categoryRaised}};',
    ),
    text(
      '— образовательные результаты обучающихся улучшились: по ответам наставляемых — {{outcomes.studentsMentees}}, ' +
        'по ответам наставников — {{outcomes.studentsMentors}};',
    ),
    text('— молодых специалистов, остающихся работать в школе: {{outcomes.young}}.'),
    heading('5. Лучшие наставники'),
    text(
      '{{#ranked}}По итогам рейтинга наставников к поощрению представлены:{{/ranked}}' +
        '{{^ranked}}Лучшие наставники по итогам рейтинга не определены.{{/ranked}}',
    ),
    p('{{#mentors}}{{n}}) {{short}};{{/mentors}}'),
    heading('6. Выводы и рекомендации'),
    text('{{#conclusions}}{{n}}. {{text}}{{/conclusions}}'),
    p(''),
    p('{{curators.title}} целевой модели наставничества:'),
    {
      type: 'table',
      rows: [['{{#curators}}{{position}}', '_______________ {{signature}}{{/curators}}']],
      widths: [240, 240],
      bordered: false,
    },
    p(''),
    {
      type: 'table',
      rows: [['С отчётом {{director.acquainted}}: директор', '_______________ {{director.signature}}']],
      widths: [240, 240],
      bordered: false,
    },
  ],
};
