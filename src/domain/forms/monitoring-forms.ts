import { CATEGORIES } from '../schema/sheets';
import { CURATOR_ITEMS } from './curator-items';
import { INTERIM_FORM_KEY } from './interim-forms';
import {
  ATTESTED_YES,
  GOALS,
  IMPACT_ITEMS,
  PROCESS_ITEMS,
  SATISFACTION_ITEMS,
  STAY_YES,
  STUDENT_RESULTS,
  SWOT,
  itemsFor,
  type MonitoringItem,
} from './monitoring-items';
import type { Audience, FormDefinition, FormKey, Question, Section } from './types';

/**
 * The monitoring's questionnaires (Р-145, its monitoring appendix; письмо Минпросвещения АЗ-1128/08), declared
 * once: the satisfaction and process survey of May and the impact self-assessment asked before (October, step
 * 6.1) and after (May) — each with its own form for mentors and for mentees — and the curator's questionnaire.
 * Nobody is asked who they are: the e-mail Google collects finds the person and their pair in the bases. When
 * the school runs the satisfaction survey anonymously, its forms collect no e-mail (see `anonymousVariant`).
 */

/** A survey of the programme as the curator runs it: one action, one mailing, a form per role. */
export type SurveyKey = 'interim' | 'impactBefore' | 'satisfaction' | 'impactAfter';

export const SURVEY_FORMS: Record<SurveyKey, Record<Audience, FormKey>> = {
  interim: INTERIM_FORM_KEY,
  impactBefore: { mentor: 'impactBeforeMentor', mentee: 'impactBeforeMentee' },
  satisfaction: { mentor: 'satisfactionMentor', mentee: 'satisfactionMentee' },
  impactAfter: { mentor: 'impactAfterMentor', mentee: 'impactAfterMentee' },
};

/** A survey's name where it is one thing for both roles (a mailing, a button). */
export const SURVEY_TITLE: Record<SurveyKey, string> = {
  interim: 'Промежуточная обратная связь: программа наставничества',
  impactBefore: 'Мониторинг влияния программы: входная самооценка',
  satisfaction: 'Мониторинг удовлетворённости и качества реализации программы наставничества',
  impactAfter: 'Мониторинг влияния программы: итоговая самооценка',
};

/** The forms of a survey, the mentors' first. */
export function surveyFormKeys(survey: SurveyKey): FormKey[] {
  return [...new Set(Object.values(SURVEY_FORMS[survey]))];
}

/**
 * The single form for both roles an earlier version made for a survey: a workbook that has it keeps reading,
 * checking and summarising its answers, and may mail its link until the forms per role exist.
 */
export const LEGACY_SURVEY_FORM: Partial<Record<SurveyKey, FormKey>> = { interim: 'interim' };

const SCALE_1_10 = { from: 1, to: 10, left: 'совсем нет', right: 'полностью' } as const;

function scale(items: readonly { key: string; title: string }[]): Question[] {
  return items.map((i) => ({ key: i.key, title: i.title, kind: 'scale', required: true, scale: SCALE_1_10 }));
}

const roleScale = (items: readonly MonitoringItem[], role: Audience) => scale(itemsFor(items, role));

const countQuestion = (key: string, title: string): Question => ({
  key,
  title,
  kind: 'text',
  validation: 'count',
  help: 'Число; 0, если не было',
});

const ROLE_NAME: Record<Audience, string> = { mentor: 'наставника', mentee: 'наставляемого' };
const roleKey = (role: Audience) => (role === 'mentor' ? 'Mentor' : 'Mentee');

/** The SWOT questions: optional for participants, required of the curator. */
function swotSection(required: boolean): Section {
  return {
    title: 'Анализ программы (SWOT): сильные и слабые стороны, возможности и угрозы',
    description:
      'Ответьте своими словами. Ответы без имён войдут в раздел «SWOT-анализ» итогового отчёта о мониторинге.',
    questions: SWOT.map((q) => ({ key: q.key, title: q.title, kind: 'paragraph', required })),
  };
}

const GOALS_TITLE: Record<Audience, string> = {
  mentee: 'Достигнуты ли цели вашего индивидуального плана наставничества?',
  mentor: 'Достигнуты ли цели индивидуального плана вашего наставляемого (в группе — в целом по группе)?',
};

/**
 * @public What the satisfaction survey's description says about privacy and the mentors' ranking, named or
 * anonymous.
 */
export const PRIVACY_NOTES = {
  namedNote:
    'Ответы увидит только куратор программы; в отчёте и на сайте публикуются лишь обобщённые результаты. ' +
    'Средняя оценка наставляемых входит в рейтинг наставников.',
  anonymousNote:
    'Опрос анонимный: адрес эл. почты не собирается, и ответ нельзя связать с вами. Поэтому оценки наставляемых ' +
    'не входят в рейтинг наставников: рейтинг строится только по именным сведениям — числу проведённых встреч, ' +
    'оценке куратора и изменению самооценки наставляемых (входная и итоговая самооценка не анонимны).',
};

function satisfaction(role: Audience): FormDefinition {
  const key = `satisfaction${roleKey(role)}` as FormKey;
  return {
    key,
    step: '7.1',
    audience: role,
    title: `Мониторинг удовлетворённости и качества реализации программы наставничества: анкета ${ROLE_NAME[role]}`,
    description: `Оцените, пожалуйста, программу по шкале от 1 (совсем нет) до 10 (полностью). ${PRIVACY_NOTES.namedNote}`,
    sheetName: `Ответы: удовлетворённость (${role === 'mentor' ? 'наставники' : 'наставляемые'})`,
    target: null,
    confirmation: 'Спасибо за участие в мониторинге!',
    sections: [
      { title: 'Удовлетворённость участием', questions: roleScale(SATISFACTION_ITEMS, role) },
      { title: 'Качество реализации программы', questions: roleScale(PROCESS_ITEMS, role) },
      {
        title: 'Цели индивидуального плана',
        questions: [
          { key: 'goals', title: GOALS_TITLE[role], kind: 'choice', required: true, choices: GOALS },
        ],
      },
      swotSection(false),
    ],
  };
}

const IMPACT_HELP =
  'Оцените себя по шкале от 1 до 10. Эти же вопросы задаются в начале (октябрь) и в конце (май) учебного года: по разнице видно, что дала программа.';

const STUDENTS_TITLE: Record<Audience, string> = {
  mentee: 'Как изменились за учебный год образовательные результаты ваших обучающихся?',
  mentor:
    'Как, по вашей оценке, изменились за учебный год образовательные результаты обучающихся вашего наставляемого (наставляемых)?',
};

/** Counted outcomes of the year and the attestation, asked in the after-survey. */
function outcomes(role: Audience): Section {
  return {
    title: 'Результаты года',
    questions: [
      countQuestion('openLessons', 'Сколько открытых уроков (занятий) вы провели за учебный год?'),
      countQuestion(
        'publications',
        'Сколько публикаций (статей, методических материалов) у вас вышло за учебный год?',
      ),
      countQuestion('competitions', 'В скольких профессиональных конкурсах вы участвовали за учебный год?'),
      {
        key: 'attested',
        title: 'Проходили ли вы аттестацию в этом учебном году?',
        kind: 'choice',
        required: true,
        choices: [ATTESTED_YES, 'Нет'],
      },
      {
        key: 'categoryNow',
        title: 'Ваша квалификационная категория сейчас',
        help: 'Сравнивается с категорией из анкеты участника: так видно, кто повысил категорию за год.',
        kind: 'choice',
        required: true,
        choices: CATEGORIES,
      },
      {
        key: 'studentResults',
        title: STUDENTS_TITLE[role],
        kind: 'choice',
        required: true,
        choices: STUDENT_RESULTS,
      },
      {
        key: 'stay',
        title: 'Планируете ли вы продолжить работу в школе в следующем учебном году?',
        kind: 'choice',
        required: true,
        choices: [STAY_YES, 'Нет', 'Пока не знаю'],
      },
    ],
  };
}

function impact(role: Audience, when: 'Before' | 'After'): FormDefinition {
  const before = when === 'Before';
  const who = role === 'mentor' ? 'наставники' : 'наставляемые';
  return {
    key: `impact${when}${roleKey(role)}` as FormKey,
    // The «до» self-assessment is taken at the start of the pairs' work (October), not in May.
    step: before ? '6.1' : '7.1',
    audience: role,
    title: `Мониторинг влияния программы: ${before ? 'входная' : 'итоговая'} самооценка ${role === 'mentor' ? 'наставника' : 'наставляемого'}`,
    description: IMPACT_HELP,
    sheetName: `Ответы: самооценка ${before ? 'до' : 'после'} программы (${who})`,
    target: null,
    confirmation: before
      ? 'Спасибо! В конце года мы зададим те же вопросы.'
      : 'Спасибо за участие в мониторинге!',
    sections: [
      { title: 'Самооценка', questions: roleScale(IMPACT_ITEMS, role) },
      ...(before ? [] : [outcomes(role)]),
    ],
  };
}

const curator: FormDefinition = {
  key: 'curator',
  step: '7.1',
  title: 'Анкета куратора: условия реализации программы наставничества и SWOT-анализ',
  description:
    'Заполняет куратор программы в конце учебного года. Оцените условия реализации программы по шкале от 1 до 10 и ответьте на вопросы SWOT-анализа: ответы войдут в итоговый отчёт. Принимаются только ответы кураторов, указанных в настройках.',
  sheetName: 'Ответы: анкета куратора',
  target: null,
  confirmation: 'Спасибо! Ответ войдёт в итоговый отчёт о мониторинге.',
  sections: [
    {
      title: 'Условия реализации программы',
      questions: scale(CURATOR_ITEMS.map((i) => ({ key: i.key, title: i.label }))),
    },
    swotSection(true),
  ],
};

export const MONITORING_FORMS: Record<
  Exclude<
    FormKey,
    'prelim' | 'mentee' | 'mentor' | 'meeting' | 'interim' | 'interimMentor' | 'interimMentee'
  >,
  FormDefinition
> = {
  satisfactionMentor: satisfaction('mentor'),
  satisfactionMentee: satisfaction('mentee'),
  impactBeforeMentor: impact('mentor', 'Before'),
  impactBeforeMentee: impact('mentee', 'Before'),
  impactAfterMentor: impact('mentor', 'After'),
  impactAfterMentee: impact('mentee', 'After'),
  curator,
};

/** The satisfaction survey as the school may run it: no e-mail collected, and the description says so. */
export function anonymousVariant(def: FormDefinition): FormDefinition {
  const { namedNote, anonymousNote } = PRIVACY_NOTES;
  return { ...def, anonymous: true, description: def.description.replace(namedNote, anonymousNote) };
}
