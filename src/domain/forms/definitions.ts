import { CATEGORIES } from '../schema/sheets';
import {
  CONSENT_NO,
  CONSENT_YES,
  MENTOR_CONSENT_TEXT,
  PUBLISH_CONSENT_TEXT,
  consentQuestion,
  personalDataConsentText,
} from './consent';
import { FORMATS, TIMES, TOPICS } from './topics';
import { PROGRAMME_FORMS } from './programme-forms';
import type { FormDefinition, FormKey, Question } from './types';

/** The questionnaires of stages 1.3, 2.1 and 3.1, declared once. `schoolFull` goes into the consent text. */

const identity: Question[] = [
  {
    key: 'fullName',
    title: 'Фамилия, имя, отчество',
    kind: 'text',
    required: true,
    help: 'Полностью, например: Иванова Анна Петровна',
  },
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

export function formDefinitions(schoolFull: string): Record<FormKey, FormDefinition> {
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
              choices: ['Наставник', 'Наставляемый', 'Пока не готов(а) участвовать'],
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
        {
          title: 'Согласие на обработку персональных данных',
          questions: [
            consentQuestion(
              'consentPd',
              'Согласие на обработку персональных данных',
              personalDataConsentText(schoolFull, 'наставляемого'),
            ),
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
          title: 'Согласия',
          questions: [
            consentQuestion(
              'consentPd',
              'Согласие на обработку персональных данных',
              personalDataConsentText(schoolFull, 'наставника'),
            ),
            consentQuestion(
              'consentMentor',
              'Согласие на осуществление наставничества (ст. 351.8 ТК РФ)',
              MENTOR_CONSENT_TEXT,
            ),
            {
              key: 'consentPublish',
              title: 'Согласие на публикацию имени на сайте школы (необязательно)',
              help: PUBLISH_CONSENT_TEXT,
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

export const FORM_KEYS = Object.keys(formDefinitions('')) as readonly FormKey[];

export function allQuestions(def: FormDefinition): Question[] {
  return def.sections.flatMap((s) => s.questions);
}
