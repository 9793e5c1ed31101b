import { TOPICS } from '../forms/topics';
import { formatDate } from '../format/ru';
import { quoted } from '../format/quotes';

/**
 * What an individual plan says for a pair or a group (Р-145; письмо Минпросвещения № АЗ-1128/08): goals, tasks
 * and expected results from the mentees' requests (the intake's «С какими трудностями вы сталкиваетесь»), and a
 * dated schedule from October to May whose activities come from those requests and from the mentor's
 * competences, each activity once and each with its form of reporting.
 */

type Topic = (typeof TOPICS)[number];

/** How the plan names the mentee(s): one for a pair, several for a group. */
export interface MenteeWords {
  group: boolean;
  /** «наставляемый» / «наставляемые» */
  nominative: string;
  /** «наставляемого» / «наставляемых» */
  genitive: string;
  /** «урок наставляемого» / «уроки наставляемых» */
  lessons: string;
}

export function menteeWords(group: boolean): MenteeWords {
  return group
    ? { group, nominative: 'наставляемые', genitive: 'наставляемых', lessons: 'уроки наставляемых' }
    : { group, nominative: 'наставляемый', genitive: 'наставляемого', lessons: 'урок наставляемого' };
}

interface Activity {
  text: string;
  /** Форма отчётности: what shows the activity was done. */
  report: string;
}

type Wording = (w: MenteeWords) => Activity;

interface TopicPlan {
  task: string;
  result: string;
  /** Two different activities for the request. */
  activities: readonly [Wording, Wording];
}

const a =
  (text: string | ((w: MenteeWords) => string), report: string): Wording =>
  (w) => ({ text: typeof text === 'string' ? text : text(w), report });

const BY_TOPIC: Record<Topic, TopicPlan> = {
  'Планирование уроков и рабочих программ': {
    task: 'освоить проектирование уроков и рабочих программ в соответствии с ФГОС',
    result: 'самостоятельно разрабатываются рабочая программа и технологические карты уроков',
    activities: [
      a('Совместная разработка технологической карты урока', 'технологическая карта урока'),
      a('Анализ рабочей программы, корректировка тематического планирования', 'рабочая программа с правками'),
    ],
  },
  'Управление классом и дисциплина': {
    task: 'освоить приёмы организации работы класса и поддержания дисциплины на уроке',
    result: 'уверенное управление классом, меньше конфликтных ситуаций на уроках',
    activities: [
      a((w) => `Посещение уроков ${w.genitive}: организация работы класса`, 'лист анализа урока'),
      a('Открытый урок наставника: приёмы поддержания дисциплины', 'анализ посещённого урока'),
    ],
  },
  'Оценивание образовательных результатов': {
    task: 'освоить критериальное и формирующее оценивание образовательных результатов',
    result: 'применяются критерии оценивания и приёмы формирующего оценивания',
    activities: [
      a('Разработка критериев оценивания контрольной работы', 'критерии оценивания'),
      a('Посещение урока наставника: приёмы формирующего оценивания', 'лист наблюдения'),
    ],
  },
  'Работа с родителями': {
    task: 'освоить формы взаимодействия с родителями (законными представителями) обучающихся',
    result: 'проводятся родительские собрания и консультации, выстроен конструктивный диалог с родителями',
    activities: [
      a('Подготовка родительского собрания вместе с наставником', 'план родительского собрания'),
      a('Разбор трудных ситуаций общения с родителями', 'памятка по общению с родителями'),
    ],
  },
  'Цифровые инструменты и электронные ресурсы': {
    task: 'освоить цифровые инструменты и электронные образовательные ресурсы',
    result: 'цифровые ресурсы используются на уроках и во внеурочной деятельности',
    activities: [
      a('Мастер-класс наставника: цифровые сервисы для урока', 'подборка цифровых ресурсов'),
      a(
        (w) => `${capital(w.lessons)} с электронными ресурсами и ${w.group ? 'их' : 'его'} анализ`,
        'лист анализа урока',
      ),
    ],
  },
  'Подготовка к аттестации': {
    task: 'подготовиться к аттестации: портфолио, открытые уроки, самоанализ',
    result: 'подготовлены материалы к аттестации на квалификационную категорию',
    activities: [
      a('Составление портфолио для аттестации', 'портфолио'),
      a((w) => `${w.group ? 'Открытые' : 'Открытый'} ${w.lessons} для аттестации`, 'самоанализ урока'),
    ],
  },
  'Инклюзивное образование и обучающиеся с ОВЗ': {
    task: 'освоить методы работы с обучающимися с ОВЗ в условиях инклюзивного образования',
    result: 'применяются адаптированные задания и индивидуальный подход к обучающимся с ОВЗ',
    activities: [
      a('Разработка адаптированных заданий для обучающихся с ОВЗ', 'комплект адаптированных заданий'),
      a('Консультация педагога-психолога по индивидуальному подходу к обучающимся', 'рекомендации'),
    ],
  },
  'Подготовка обучающихся к ОГЭ и ЕГЭ': {
    task: 'освоить методику подготовки обучающихся к ОГЭ и ЕГЭ',
    result: 'выстроена система подготовки обучающихся к государственной итоговой аттестации',
    activities: [
      a('Анализ демонстрационных вариантов и кодификаторов ОГЭ и ЕГЭ', 'план подготовки к экзамену'),
      a('Посещение консультации наставника по подготовке к экзамену', 'лист наблюдения'),
    ],
  },
  'Проектная и исследовательская деятельность': {
    task: 'освоить руководство проектной и исследовательской деятельностью обучающихся',
    result: 'обучающиеся выполнили и защитили проекты',
    activities: [
      a('Выбор тем и планирование проектов обучающихся', 'план проектов'),
      a('Подготовка обучающихся к защите проектов', 'протокол защиты проектов'),
    ],
  },
  'Классное руководство и воспитательная работа': {
    task: 'освоить планирование и проведение воспитательной работы с классом',
    result: 'планируются и проводятся классные часы и воспитательные мероприятия',
    activities: [
      a('Составление плана воспитательной работы с классом', 'план воспитательной работы'),
      a(
        (w) =>
          w.group ? `Классные часы ${w.genitive} и их анализ` : `Классный час ${w.genitive} и его анализ`,
        'сценарий и анализ классного часа',
      ),
    ],
  },
  'Функциональная грамотность': {
    task: 'освоить приёмы формирования функциональной грамотности обучающихся',
    result: 'на уроках используются задания на формирование функциональной грамотности',
    activities: [
      a('Подбор заданий на функциональную грамотность', 'банк заданий'),
      a((w) => `${capital(w.lessons)} с заданиями на функциональную грамотность`, 'лист анализа урока'),
    ],
  },
  'Профилактика профессионального выгорания': {
    task: 'освоить приёмы саморегуляции и профилактики профессионального выгорания',
    result: 'снижение тревожности, рост удовлетворённости профессией',
    activities: [
      a('Беседа о распределении нагрузки и планировании времени', 'план рабочей недели'),
      a('Тренинг приёмов саморегуляции', 'отзыв о тренинге'),
    ],
  },
};

function capital(s: string): string {
  return s ? s[0].toLocaleUpperCase('ru') + s.slice(1) : s;
}

function lowerFirst(s: string): string {
  return s ? s[0].toLocaleLowerCase('ru') + s.slice(1) : s;
}

const planOf = (request: string): TopicPlan | undefined => BY_TOPIC[request as Topic];

export function planGoals(requests: readonly string[], w: MenteeWords): string[] {
  const whose = w.group ? 'их' : 'его';
  return [
    `успешная адаптация ${w.genitive} в профессии и в коллективе, раскрытие ${whose} профессионального потенциала`,
    ...requests.map((r) => `профессиональное развитие по запросу ${quoted(r)}`),
  ];
}

export function planTasks(requests: readonly string[], w: MenteeWords): string[] {
  return [
    ...requests.map(
      (r) => planOf(r)?.task ?? `получить методическую помощь по запросу ${quoted(lowerFirst(r))}`,
    ),
    `проводить регулярные встречи наставника и ${w.genitive}, анализировать их результаты`,
  ];
}

export function planResults(requests: readonly string[], w: MenteeWords): string[] {
  const satisfied = w.group ? 'удовлетворены' : 'удовлетворён';
  return [
    ...requests.map((r) => planOf(r)?.result ?? `решены затруднения по запросу ${quoted(lowerFirst(r))}`),
    `${w.nominative} ${satisfied} участием в программе наставничества (по итогам мониторинга)`,
  ];
}

export interface PlannedActivity {
  /** «до 20.10.2022» */
  date: string;
  text: string;
  report: string;
}

/** October to May: the 20th of each month is the date by which that month's activity is done. */
const MONTHS = [9, 10, 11, 0, 1, 2, 3, 4];

/**
 * The activities the requests and competences give, each once: first one for every request (those the mentor
 * is competent in first), then a master class on the mentor's first competence nobody asked for, then a second
 * activity for each request, the other master classes, and the methodology's common activities.
 */
function activityPool(
  requests: readonly string[],
  competences: readonly string[],
  w: MenteeWords,
): Activity[] {
  const known = new Set(competences);
  const ordered = [...requests.filter((r) => known.has(r)), ...requests.filter((r) => !known.has(r))];
  const masterClasses = competences
    .filter((c) => !requests.includes(c))
    .map((c) => ({
      text: `Мастер-класс наставника по теме ${quoted(c)}`,
      report: 'материалы мастер-класса',
    }));
  const pool: Activity[] = [];
  for (const round of [0, 1] as const) {
    for (const r of ordered) {
      const plan = planOf(r);
      if (plan) pool.push(plan.activities[round](w));
      else if (round === 0)
        pool.push({ text: `Консультация по запросу ${quoted(r)}`, report: 'план действий' });
    }
    // The mentor's own strength comes in early, before the second activity of each request.
    if (round === 0) pool.push(...masterClasses.slice(0, 1));
  }
  pool.push(...masterClasses.slice(1));
  // Five common activities, so that a plan without requests still fills the five months between.
  pool.push(
    { text: `Взаимопосещение уроков наставника и ${w.genitive}`, report: 'лист анализа урока' },
    { text: `Подготовка открытого урока (занятия) ${w.genitive}`, report: 'конспект и самоанализ урока' },
    { text: 'Выступление на заседании методического объединения', report: 'текст выступления' },
    {
      text: 'Изучение локальных актов школы и нормативных документов',
      report: 'перечень изученных документов',
    },
    { text: 'Консультация наставника по текущим затруднениям', report: 'план действий' },
  );
  const seen = new Set<string>();
  return pool.filter((x) => !seen.has(x.text) && !!seen.add(x.text));
}

/**
 * The schedule, one activity a month from October to May: the first is getting to know each other and agreeing
 * the plan, January's is the interim feedback (roadmap step 6.2), the last is the results. Months whose date
 * precedes the plan's own date are left out: a plan made late starts where it is made.
 */
export function activitySchedule(
  requests: readonly string[],
  competences: readonly string[],
  startYear: number,
  planDate: Date,
  w: MenteeWords,
): PlannedActivity[] {
  const day = new Date(planDate.getFullYear(), planDate.getMonth(), planDate.getDate());
  const all = MONTHS.map((month) => new Date(month >= 8 ? startYear : startYear + 1, month, 20));
  const dates = all.filter((d) => d >= day);
  if (!dates.length) dates.push(all[all.length - 1]);
  const pool = activityPool(requests, competences, w);
  let next = 0;
  return dates.map((due, i) => {
    const activity =
      i === dates.length - 1
        ? {
            text: `Подведение итогов, самоанализ ${w.genitive}, представление результатов`,
            report: 'отчёт о выполнении плана',
          }
        : i === 0
          ? {
              text: 'Знакомство, выявление затруднений, согласование индивидуального плана',
              report: 'индивидуальный план',
            }
          : due.getMonth() === 0
            ? {
                text: 'Промежуточная обратная связь (анкетирование), корректировка плана',
                report: 'анкета обратной связи',
              }
            : pool[next++];
    return { date: `до ${formatDate(due)}`, text: activity.text, report: activity.report };
  });
}
