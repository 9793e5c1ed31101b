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

/**
 * The page every generated document is laid out on, set once in each template Doc (copies keep it).
 * ГОСТ Р 7.0.97-2025 «Организационно-распорядительная документация. Требования к оформлению документов», in
 * force since 18.08.2025 in place of the 2016 edition: fields of at least 20 mm (left, top, bottom) and 10 mm
 * (right); the font is the organisation's choice, 12–14 pt for text, smaller allowed in tables. Orders are
 * kept permanently, so the left field is 30 mm, the usual choice for documents bound into files for long
 * storage. Times New Roman is the font Russian schools' forms use.
 */
export const PAGE_STYLE = {
  font: 'Times New Roman',
  /** Text size, pt. */
  size: 14,
  /** Size inside tables (plans, the final report's figures), pt. */
  tableSize: 12,
  marginsMm: { top: 20, bottom: 20, left: 30, right: 10 },
} as const;

/** Millimetres to the points the Docs services measure margins in. */
export const mmToPt = (mm: number) => Math.round((mm / 25.4) * 72 * 100) / 100;
