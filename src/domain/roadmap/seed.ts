/**
 * The roadmap of МБОУ МУК № 4 г. Кирова (shared/seed), as data: the seven stages and their steps. Deadlines are
 * months relative to the academic year (offset 0 = the year it starts, 1 = the next calendar year), so the same
 * roadmap serves any year. `{school}` is replaced by the school's short name.
 */

export interface MonthRef {
  month: number; // 1–12
  yearOffset: 0 | 1;
}

export interface RoadmapStepSeed {
  code: string;
  stage: number;
  title: string;
  content: string;
  from: MonthRef | null;
  to: MonthRef;
  responsible: string;
}

export const STAGE_TITLES: readonly string[] = [
  'Подготовка условий для запуска программы наставничества',
  'Формирование базы наставляемых',
  'Формирование базы наставников',
  'Отбор и обучение наставников',
  'Формирование наставнических пар/групп',
  'Организация и осуществление работы наставнических пар/групп',
  'Завершение наставничества',
];

const AUG: MonthRef = { month: 8, yearOffset: 0 };
const SEP: MonthRef = { month: 9, yearOffset: 0 };
const OCT: MonthRef = { month: 10, yearOffset: 0 };
const JAN: MonthRef = { month: 1, yearOffset: 1 };
const MAY: MonthRef = { month: 5, yearOffset: 1 };

const ADMIN = 'Администрация {school}';
const CURATORS = 'Кураторы целевой модели наставничества';

export const ROADMAP_SEED: readonly RoadmapStepSeed[] = [
  {
    code: '1.1',
    stage: 1,
    title: 'Изучение и систематизация имеющихся материалов по проблеме наставничества в {school}',
    content: 'Принятие решения о внедрении целевой модели наставничества.',
    from: AUG,
    to: SEP,
    responsible: ADMIN,
  },
  {
    code: '1.2',
    stage: 1,
    title: 'Подготовка нормативной базы целевой модели наставничества в {school}',
    content:
      '1. Издание приказа о внедрении целевой модели наставничества. 2. Разработка и утверждение Положения о наставничестве. 3. Разработка и утверждение «дорожной карты» внедрения системы наставничества. 4. Разработка и утверждение Программы наставничества.',
    from: AUG,
    to: SEP,
    responsible: ADMIN,
  },
  {
    code: '1.3',
    stage: 1,
    title: 'Выбор форм и программ наставничества исходя из потребностей {school}',
    content:
      '1. Проведение мониторинга по выявлению предварительных запросов о потенциальных наставляемых и о заинтересованных в наставничестве. 2. Проведение административного совещания по выбору форм наставничества и реализации целевой модели наставничества. 3. Формирование программы по форме наставничества «Учитель – учитель».',
    from: null,
    to: SEP,
    responsible: CURATORS,
  },
  {
    code: '1.4',
    stage: 1,
    title: 'Информирование педагогов о целях целевой модели наставничества',
    content:
      '1. Проведение педагогического совета. 2. Информирование на официальном сайте. 3. Информирование внешней среды.',
    from: null,
    to: SEP,
    responsible: ADMIN,
  },
  {
    code: '2.1',
    stage: 2,
    title: 'Сбор данных о наставляемых',
    content:
      '1. Проведение анкетирования среди педагогических сотрудников, желающих принять участие в программе наставничества в качестве наставляемых. 2. Сбор дополнительной информации о запросах наставляемых педагогов из личных дел, анализа методической работы, рекомендаций по результатам аттестации.',
    from: null,
    to: SEP,
    responsible: CURATORS,
  },
  {
    code: '2.2',
    stage: 2,
    title: 'Формирование базы данных наставляемых',
    content:
      '1. Формирование базы данных наставляемых. 2. Сбор согласий на обработку персональных данных наставляемых.',
    from: null,
    to: SEP,
    responsible: CURATORS,
  },
  {
    code: '3.1',
    stage: 3,
    title: 'Сбор данных о наставниках',
    content:
      'Анкетирование среди потенциальных наставников, желающих принять участие в программе наставничества.',
    from: null,
    to: SEP,
    responsible: CURATORS,
  },
  {
    code: '3.2',
    stage: 3,
    title: 'Формирование базы наставников',
    content:
      '1. Формирование базы данных наставников. 2. Сбор согласий на обработку персональных данных наставников.',
    from: null,
    to: SEP,
    responsible: CURATORS,
  },
  {
    code: '4.1',
    stage: 4,
    title: 'Отбор наставников',
    content: 'Анализ базы наставников и выбор подходящих для программы наставничества.',
    from: null,
    to: SEP,
    responsible: CURATORS,
  },
  {
    code: '4.2',
    stage: 4,
    title: 'Обучение наставников для работы с наставляемыми',
    content:
      '1. Подготовка методических материалов для сопровождения наставнической деятельности. 2. Организация обучения наставников для работы с наставляемыми.',
    from: SEP,
    to: MAY,
    responsible: CURATORS,
  },
  {
    code: '5.1',
    stage: 5,
    title: 'Формирование наставнических пар/групп',
    content:
      '1. Соединение наставников и наставляемых в пары/группы. 2. Издание приказа об утверждении наставнических пар/групп.',
    from: null,
    to: SEP,
    responsible: CURATORS,
  },
  {
    code: '5.2',
    stage: 5,
    title: 'Разработка индивидуального плана наставничества',
    content: 'Разработка индивидуального плана наставничества для каждой пары/группы.',
    from: null,
    to: OCT,
    responsible: `${CURATORS}, наставники`,
  },
  {
    code: '6.1',
    stage: 6,
    title: 'Организация комплекса последовательных встреч',
    content: 'Регулярные встречи наставника и наставляемого.',
    from: OCT,
    to: MAY,
    responsible: CURATORS,
  },
  {
    code: '6.2',
    stage: 6,
    title: 'Организация текущего контроля достижения планируемых результатов наставниками',
    content: 'Анкетирование обратной связи для промежуточной оценки.',
    from: null,
    to: JAN,
    responsible: CURATORS,
  },
  {
    code: '7.1',
    stage: 7,
    title: 'Отчеты по итогам наставнической программы',
    content:
      '1. Мониторинг личной удовлетворенности участием в программе наставничества. 2. Мониторинг качества реализации программы наставничества. 3. Мониторинг и оценка влияния программ на всех участников.',
    from: null,
    to: MAY,
    responsible: CURATORS,
  },
  {
    code: '7.2',
    stage: 7,
    title: 'Мотивация и поощрения наставников',
    content:
      '1. Издание приказа о поощрении участников наставнической деятельности. 2. Издание приказа о проведении итогового мероприятия в рамках реализации целевой модели наставничества. 3. Поощрение участников наставнической деятельности благодарственными письмами. 4. Публикация результатов программы наставничества, лучших наставников, информации на официальном сайте.',
    from: null,
    to: MAY,
    responsible: `${ADMIN}, кураторы целевой модели наставничества`,
  },
];

/** First day of the referenced month in the academic year starting in `startYear`. */
export function monthStart(ref: MonthRef, startYear: number): Date {
  return new Date(startYear + ref.yearOffset, ref.month - 1, 1);
}

/** Last day of the referenced month: a step "due in September" is due by 30 September. */
export function monthEnd(ref: MonthRef, startYear: number): Date {
  return new Date(startYear + ref.yearOffset, ref.month, 0);
}

export function fillSchool(text: string, schoolShort: string): string {
  return text.replace(/\{school\}/g, schoolShort);
}
