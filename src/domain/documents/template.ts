import type { Series } from './numbering';
import type { DocumentKind } from './kinds';
import type { FieldSpec, FlagSpec, ListSpec } from './placeholders';

/**
 * A document template declared as data: the paragraphs and tables with placeholders, in order. On first setup
 * a Google Doc is built from it, and from then on the curator's (possibly edited) Doc is the template; the
 * declaration still says which placeholders the template may use and how documents are named and numbered.
 */
export interface TemplateDeclaration {
  kind: DocumentKind;
  /** Russian name of the template Doc in Drive. */
  templateName: string;
  /**
   * Number series in the register: orders по основной деятельности and по личному составу, the additional
   * agreements (дополнительные соглашения); null when the document has no number.
   */
  series: Series | null;
  /** One document per approved pair/group, per mentor, per teacher (consents), or one for the programme. */
  per: 'programme' | 'pair' | 'mentor' | 'person';
  /** What follows «Приказ № 12» (or the register label) in the file name: «об утверждении наставнических пар». */
  fileTitle: string;
  fields: readonly FieldSpec[];
  lists: readonly ListSpec[];
  flags: readonly FlagSpec[];
  blocks: readonly Block[];
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export type Block =
  | { type: 'paragraph'; text: string; align?: Align; bold?: boolean; size?: number }
  | { type: 'table'; rows: readonly (readonly string[])[]; widths?: readonly number[]; bordered?: boolean }
  | { type: 'pageBreak' };

export const p = (text: string, style: Omit<Extract<Block, { type: 'paragraph' }>, 'type' | 'text'> = {}) =>
  ({ type: 'paragraph', text, ...style }) as const;

/** Fields every document may use (filled from the settings and the document's register row). */
export const COMMON_FIELDS: readonly FieldSpec[] = [
  { name: 'school.full', label: 'полное наименование школы' },
  { name: 'school.short', label: 'краткое наименование школы' },
  { name: 'city', label: 'город' },
  { name: 'director', label: 'директор (Фамилия И.О.)' },
  { name: 'director.signature', label: 'директор для подписи (И.О. Фамилия)' },
  { name: 'year', label: 'учебный год (2022/2023)' },
  { name: 'year.start', label: 'год начала учебного года' },
  { name: 'year.end', label: 'год окончания учебного года' },
  { name: 'doc.date', label: 'дата документа (08.09.2022)' },
  { name: 'doc.dateLong', label: 'дата документа («8 сентября 2022 г.»)' },
];

export const NUMBER_FIELD: FieldSpec = { name: 'doc.number', label: 'номер документа' };

/** Every placeholder name a declaration allows, for the catalog of the placeholder engine. */
export function catalogOf(decl: TemplateDeclaration) {
  return { fields: decl.fields, lists: decl.lists, flags: decl.flags };
}

/** The plain text of a declaration as a Doc built from it would read (paragraphs, table rows as tab lines). */
export function declarationText(decl: TemplateDeclaration): string {
  return decl.blocks
    .map((b) =>
      b.type === 'paragraph' ? b.text : b.type === 'table' ? b.rows.map((r) => r.join('\t')).join('\n') : '',
    )
    .join('\n');
}
