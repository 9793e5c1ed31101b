import { commonFields, type DocumentContext } from '../documents/data';
import type { TemplateData } from '../documents/placeholders';
import { academicYearLabel, shortName } from '../format/ru';
import { PUBLISH_CATEGORIES } from '../forms/consent';
import type { Settings } from '../settings';
import { CONSENT_TEXT_VERSION, PROCESSOR } from './templates';

/** The values of the consent templates: for the questionnaire (the teacher is the respondent) and for a Doc. */

/** ТК РФ ст. 351.8 is in force from 01.03.2025: an academic year that began before that does not cite it. */
function citesArticle3518(academicYearStart: number): boolean {
  return new Date(academicYearStart, 8, 1) >= new Date(2025, 2, 1);
}

function operatorFields(s: Settings): Record<string, string> {
  return {
    'school.full': s.schoolFull,
    'school.short': s.schoolShort,
    city: s.city,
    director: s.director,
    year: academicYearLabel(s.academicYearStart),
    'year.start': String(s.academicYearStart),
    'year.end': String(s.academicYearStart + 1),
    'operator.full': s.schoolFull,
    'operator.short': s.schoolShort,
    'operator.address': s.schoolAddress ?? '',
    'operator.inn': s.schoolInn ?? '',
    'operator.ogrn': s.schoolOgrn ?? '',
    'operator.site': s.schoolSite ?? '',
    processor: PROCESSOR,
    'consent.version': CONSENT_TEXT_VERSION,
  };
}

export type ConsentRole = 'наставляемого' | 'наставника';

/** The text as a questionnaire shows it: the respondent names themself in the question below it. */
export function formConsentData(s: Settings, role: ConsentRole): TemplateData {
  return {
    fields: {
      ...operatorFields(s),
      'person.name': 'педагог, чьи фамилия, имя и отчество указаны ниже',
      'person.short': '',
      'person.email': 'адрес, с которого отправлена анкета',
      'person.position': '',
      role,
      conditions: 'указываются в ответе на вопрос ниже',
    },
    lists: {
      categories: PUBLISH_CATEGORIES.map((name) => ({ name, answer: 'отмечается в вопросе ниже' })),
    },
    flags: { document: false, law3518: citesArticle3518(s.academicYearStart) },
  };
}

export interface ConsentPerson {
  fullName: string;
  email: string;
  position?: string | null;
  role: ConsentRole;
  /** Publication: the categories the teacher allowed, and their conditions. */
  categories?: readonly string[];
  conditions?: string;
}

/** The text for the teacher's signature on paper. */
export function documentConsentData(ctx: DocumentContext, person: ConsentPerson): TemplateData {
  const s = ctx.settings;
  const allowed = new Set(person.categories ?? []);
  return {
    fields: {
      ...commonFields(ctx),
      ...operatorFields(s),
      'person.name': person.fullName,
      'person.short': shortName(person.fullName),
      'person.email': person.email,
      'person.position': person.position ?? '',
      role: person.role,
      conditions: person.conditions?.trim() || 'не установлены',
    },
    lists: {
      categories: PUBLISH_CATEGORIES.map((name) => ({
        name,
        answer: allowed.has(name) ? 'разрешаю' : 'не разрешаю',
      })),
    },
    flags: { document: true, law3518: citesArticle3518(s.academicYearStart) },
  };
}
