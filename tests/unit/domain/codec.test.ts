import type { ColumnSpec } from '../../../src/domain/schema/types';
import {
  decodeCell,
  encodeCell,
  parseRuDate,
  protectText,
  MAX_CELL_TEXT,
} from '../../../src/domain/table/codec';

const text: ColumnSpec = { key: 't', header: 'T', type: 'text' };
const num: ColumnSpec = { key: 'n', header: 'N', type: 'number' };
const date: ColumnSpec = { key: 'd', header: 'D', type: 'date' };
const bool: ColumnSpec = { key: 'b', header: 'B', type: 'boolean' };

describe('protectText keeps user text as text', () => {
  it.each([
    '=HYPERLINK("http://evil","x")',
    '=IMPORTXML(A1,"//a")',
    '+7 912 345-67-89',
    '-1',
    '@user',
    "'quoted",
    ' =1+2',
    '\t=IMPORTRANGE("x","A1")',
    '\r\n+1',
    '\u00a0@user',
    '- научиться планировать уроки',
  ])('prefixes %j with an apostrophe', (s) => expect(protectText(s)).toBe(`'${s}`));
  it.each(['42', '3,5', '08.09.2022', '2022-09-08', 'TRUE', 'ложь', '15%'])(
    'keeps %s from being re-typed by Sheets',
    (s) => expect(protectText(s)).toBe(`'${s}`),
  );
  it.each(['Иванова Анна', 'Математика, физика', 'e-mail: a@b.ru', ''])(
    'leaves ordinary text %s alone',
    (s) => expect(protectText(s)).toBe(s),
  );
});

describe('encodeCell / decodeCell', () => {
  it('writes numbers, dates and booleans as typed values and text through protectText', () => {
    const d = new Date(2022, 8, 8);
    expect(encodeCell(num, 12)).toBe(12);
    expect(encodeCell(date, d)).toBe(d);
    expect(encodeCell(bool, true)).toBe(true);
    expect(encodeCell(text, '=1+1')).toBe("'=1+1");
    expect(encodeCell(text, null)).toBe('');
  });

  it('cuts text longer than a cell holds and marks the cut', () => {
    const long = 'я'.repeat(MAX_CELL_TEXT + 10);
    const cell = encodeCell(text, long) as string;
    expect(cell.length).toBe(MAX_CELL_TEXT);
    expect(cell.endsWith('…')).toBe(true);
  });

  it('reads what a curator typed by hand', () => {
    expect(decodeCell(num, '12,5')).toBe(12.5);
    expect(decodeCell(num, 'много')).toBeNull();
    expect(decodeCell(date, '08.09.2022')).toEqual(new Date(2022, 8, 8));
    expect(decodeCell(date, '31.02.2022')).toBeNull();
    expect(decodeCell(bool, 'да')).toBe(true);
    expect(decodeCell(bool, '')).toBe(false);
    expect(decodeCell(text, '  Иванова  ')).toBe('Иванова');
    // Sheets made a date of «08.09.2022» typed into a text column: the row holds the text again.
    expect(decodeCell(text, new Date(2022, 8, 8))).toBe('08.09.2022');
    expect(decodeCell(text, new Date(2022, 8, 8, 14, 5))).toBe('08.09.2022 14:05');
    expect(decodeCell(text, 12)).toBe('12');
  });

  it('parses Russian and ISO dates and rejects impossible ones', () => {
    expect(parseRuDate('1.9.2022')).toEqual(new Date(2022, 8, 1));
    expect(parseRuDate('2023-05-31')).toEqual(new Date(2023, 4, 31));
    expect(parseRuDate('2023-02-30')).toBeNull();
  });
});
