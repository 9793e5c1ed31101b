import { CATEGORIES } from '../schema/sheets';
import {
  CONSENT_NO,
  CONSENT_YES,
  NO_TEXTS,
  PUBLISH_CATEGORIES,
  consentQuestion,
  type ConsentTexts,
} from './consent';
import { FORMATS, TIMES, TOPICS } from './topics';
import { PROGRAMME_FORMS } from './programme-forms';
import type { FormDefinition, FormKey, Question, Section } from './types';

/**
 * The questionnaires of stages 1.3, 2.1 and 3.1, declared once. The consent texts (rendered from the school's
 * templates) are the description of the first page: the teacher names themself and answers the consent before
 * any other question.
 */

const fullName: Question = {
  key: 'fullName',
  title: 'Фамилия, имя, отчество',
  kind: 'text',
  required: true,
  help: 'Полностью, например: Иванова Анна Петровна',
};

const CONSENT_HELP =
  'Текст согласия приведён выше. Если вы не даёте согласия, анкета отправится сразу, без других вопросов, и ваш ответ будет удалён.';

/** The first page of a questionnaire that fills a base: who the teacher is and their consent, nothing else. */
function consentSection(text: string): Section {
  return {
    title: 'Прежде чем заполнить анкету: согласие на обработку персональных данных',
    description: text,
    questions: [
      fullName,
      consentQuestion('consentPd', 'Согласие на обработку персональных данных', CONSENT_HELP, true),
    ],
  };
}

const identity: Question[] = [
  { key: 'position', title: 'Должность', kind: 'text', required: true },
  {
    key: 'subjects',
    title: 'Преподаваемые предметы',
    kind: 'text',
    help: 'Через точку с запятой, например: Математика; Информатика',
  },
  {
    key: 'experienceYears',
    title: 'Педагогический стаж, полных лет',
    kind: 'text',
    required: true,
    validation: 'number',
  },
  {
    key: 'category',
    title: 'Квалификационная категория',
    kind: 'choice',
    required: true,
    choices: CATEGORIES,
  },
];

const meetingPreferences: Question[] = [
  {
    key: 'format',
    title: 'Предпочтительный формат встреч',
    kind: 'choice',
    required: true,
    choices: FORMATS,
  },
  { key: 'time', title: 'Удобное время для встреч', kind: 'checkbox', choices: TIMES, other: true },
];

const YES_NO = ['Да', 'Нет'] as const;

export function formDefinitions(texts: ConsentTexts = NO_TEXTS): Record<FormKey, FormDefinition> {
  return {
    prelim: {
      key: 'prelim',
      step: '1.3',
      title: 'Мониторинг предварительных запросов: наставничество «учитель – учитель»',
      description:
        'Школа внедряет целевую модель наставничества. Ответьте, пожалуйста, хотели бы вы участвовать и в каком качестве. Анкета анонимная.',
      sheetName: 'Ответы: предварительные запросы',
      anonymous: true,
      target: null,
      confirmation: 'Спасибо! Ваш ответ учтён при выборе форм наставничества.',
      sections: [
        {
          title: 'Участие',
          questions: [
            {
              key: 'role',
              title: 'В каком качестве вы хотели бы участвовать?',
              kind: 'choice',
              required: true,
              choices: ['Наставник', 'Наставляемый', 'Пока не планирую участвовать'],
            },
            {
              key: 'directions',
              title: 'Какие направления вам интересны?',
              kind: 'checkbox',
              choices: TOPICS,
              other: true,
            },
            { key: 'comment', title: 'Комментарий', kind: 'paragraph' },
          ],
        },
      ],
    },
    mentee: {
      key: 'mentee',
      step: '2.1',
      title: 'Анкета наставляемого',
      description:
        'Анкета для педагогов, желающих участвовать в программе наставничества в качестве наставляемых. Ответы помогут подобрать наставника под ваши запросы.',
      sheetName: 'Ответы: анкета наставляемого',
      target: 'mentees',
      confirmation: 'Спасибо! Анкета получена. Куратор программы свяжется с вами.',
      sections: [
        consentSection(texts.pdMentee),
        {
          title: 'О себе',
          questions: [
            ...identity,
            {
              key: 'youngTeacher',
              title: 'Вы молодой специалист (первые три года работы)?',
              kind: 'choice',
              required: true,
              choices: YES_NO,
            },
          ],
        },
        {
          title: 'Запросы',
          questions: [
            {
              key: 'requests',
              title: 'С какими трудностями вы сталкиваетесь, в чём нужна помощь?',
              kind: 'checkbox',
              required: true,
              choices: TOPICS,
              other: true,
            },
            ...meetingPreferences,
            { key: 'expectations', title: 'Чего вы ждёте от участия в программе?', kind: 'paragraph' },
          ],
        },
      ],
    },
    mentor: {
      key: 'mentor',
      step: '3.1',
      title: 'Анкета наставника',
      description:
        'Анкета для педагогов, готовых стать наставниками коллег. Ответы помогут подобрать наставляемых, которым ваш опыт нужнее всего.',
      sheetName: 'Ответы: анкета наставника',
      target: 'mentors',
      confirmation: 'Спасибо! Анкета получена. Куратор программы свяжется с вами.',
      sections: [
        consentSection(texts.pdMentor),
        {
          title: 'О себе',
          questions: [
            ...identity,
            { key: 'awards', title: 'Награды, достижения, участие в конкурсах', kind: 'paragraph' },
          ],
        },
        {
          title: 'Наставничество',
          questions: [
            consentQuestion('consentMentor', 'Согласие на осуществление наставничества', texts.mentor),
            {
              key: 'competences',
              title: 'В чём вы готовы помогать коллегам?',
              kind: 'checkbox',
              required: true,
              choices: TOPICS,
              other: true,
            },
            {
              key: 'capacity',
              title: 'Скольких наставляемых вы готовы сопровождать?',
              kind: 'choice',
              required: true,
              choices: ['1', '2', '3'],
            },
            { key: 'motivation', title: 'Почему вы хотите быть наставником?', kind: 'paragraph' },
            ...meetingPreferences,
          ],
        },
        {
          title: 'Согласие на распространение персональных данных (необязательно)',
          description: texts.publish,
          questions: [
            {
              key: 'publishCategories',
              title: 'Какие сведения о вас можно опубликовать на сайте школы',
              help: 'Отмеченные сведения разрешены к публикации, неотмеченные — запрещены.',
              kind: 'checkbox',
              choices: PUBLISH_CATEGORIES,
            },
            {
              key: 'publishConditions',
              title: 'Условия и запреты на распространение',
              help: 'Необязательно: например, «не публиковать в социальных сетях».',
              kind: 'paragraph',
            },
            {
              key: 'consentPublish',
              title: 'Согласие на распространение персональных данных',
              kind: 'choice',
              required: false,
              choices: [CONSENT_YES, CONSENT_NO],
            },
          ],
        },
      ],
    },
    ...PROGRAMME_FORMS,
  };
}

export const FORM_KEYS = Object.keys(formDefinitions()) as readonly FormKey[];

export function allQuestions(def: FormDefinition): Question[] {
  return def.sections.flatMap((s) => s.questions);
}
