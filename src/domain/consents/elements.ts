import type { DocumentKind } from '../documents/kinds';
import { scanPlaceholders } from '../documents/placeholders';
import type { Settings } from '../settings';

/**
 * What the law requires each consent text to hold, declared once: 152-ФЗ ст. 9 ч. 4 for the consent to
 * processing, ст. 10.1 with Приказ Роскомнадзора от 24.02.2021 № 18 for the consent to dissemination, ТК РФ
 * ст. 351.8 for the mentor's consent and agreement. An element is present when the template keeps its
 * placeholder (a fact the add-on fills) or, for prose the lawyer words freely, a word that names it.
 */
interface ConsentElement {
  label: string;
  placeholder?: string;
  /** Any of these words (case-insensitive) shows the element is there. */
  words?: RegExp;
}

const PERSON: ConsentElement = { label: 'фамилия, имя, отчество педагога', placeholder: 'person.name' };
const OPERATOR: ConsentElement = { label: 'наименование оператора', placeholder: 'operator.full' };
const ADDRESS: ConsentElement = { label: 'адрес оператора', placeholder: 'operator.address' };
const PURPOSE: ConsentElement = { label: 'цель обработки', words: /цел[ьи]/i };
const TERM: ConsentElement = { label: 'срок действия согласия', words: /срок/i };
const INN: ConsentElement = { label: 'ИНН оператора', placeholder: 'operator.inn' };
const OGRN: ConsentElement = { label: 'ОГРН оператора', placeholder: 'operator.ogrn' };

export const REQUIRED_ELEMENTS: Partial<Record<DocumentKind, readonly ConsentElement[]>> = {
  consentPd: [
    PERSON,
    OPERATOR,
    ADDRESS,
    PURPOSE,
    { label: 'перечень персональных данных', words: /перечень/i },
    { label: 'действия с персональными данными', words: /действи/i },
    { label: 'способ обработки', words: /способ/i },
    {
      label: 'лицо, обрабатывающее данные по поручению оператора (Google)',
      placeholder: 'processor',
    },
    { label: 'согласие на трансграничную передачу', words: /трансграничн/i },
    TERM,
    { label: 'порядок отзыва согласия', words: /отозва/i },
  ],
  consentPublish: [
    PERSON,
    { label: 'контактные сведения педагога (эл. почта)', placeholder: 'person.email' },
    OPERATOR,
    ADDRESS,
    INN,
    OGRN,
    PURPOSE,
    { label: 'информационный ресурс (адрес сайта)', placeholder: 'operator.site' },
    { label: 'категории данных с решением педагога по каждой', placeholder: 'categories' },
    { label: 'условия и запреты, установленные педагогом', placeholder: 'conditions' },
    TERM,
  ],
  consentMentor: [
    PERSON,
    { label: 'согласие на осуществление наставничества', words: /наставничеств/i },
    { label: 'ссылка на статью 351.8 ТК РФ (для учебных лет с 01.03.2025)', placeholder: 'law3518' },
  ],
  agreementMentor: [
    { label: 'номер соглашения', placeholder: 'doc.number' },
    PERSON,
    OPERATOR,
    { label: 'наставляемые', placeholder: 'mentees' },
    { label: 'период наставничества', placeholder: 'period' },
    { label: 'форма наставничества', placeholder: 'form' },
    { label: 'оплата наставничества', placeholder: 'payment' },
  ],
};

/** The elements an (edited) template text lacks, by their Russian labels. */
function missingElements(kind: DocumentKind, text: string): string[] {
  const names = new Set(scanPlaceholders(text).flatMap((t) => ('name' in t ? [t.name] : [])));
  return (REQUIRED_ELEMENTS[kind] ?? [])
    .filter((e) => !(e.placeholder ? names.has(e.placeholder) : e.words?.test(text)))
    .map((e) => e.label);
}

/** The settings a consent needs filled (the operator's requisites); Russian labels of the empty ones. */
function missingRequisites(settings: Settings, kind: DocumentKind): string[] {
  const out: string[] = [];
  if (!settings.schoolAddress) out.push('адрес школы');
  if (kind === 'consentPublish' || kind === 'consentPd') {
    if (!settings.schoolInn) out.push('ИНН школы');
    if (!settings.schoolOgrn) out.push('ОГРН школы');
  }
  if (kind === 'consentPublish' && !settings.schoolSite) out.push('адрес официального сайта школы');
  return out;
}

/** One Russian message for everything a consent text or the settings lack; '' when nothing is missing. */
export function consentProblems(
  kind: DocumentKind,
  templateName: string,
  text: string,
  settings: Settings,
): string {
  const lines: string[] = [];
  const missing = missingElements(kind, text);
  if (missing.length)
    lines.push(
      `В тексте «${templateName}» нет обязательных сведений: ${missing.join('; ')}. Верните их в шаблон (или восстановите шаблон, удалив его документ) и повторите.`,
    );
  const requisites = missingRequisites(settings, kind);
  if (requisites.length)
    lines.push(
      `В настройках программы не заполнено: ${requisites.join(', ')}. Заполните в «Расширения → Наставник → Настроить программу».`,
    );
  return lines.join('\n');
}
