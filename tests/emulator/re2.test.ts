import { Emulator, NotEmulatedError } from '../../emulator';
import { re2ToJs } from '../../emulator/documents/re2';
import {
  inlineSectionPattern,
  markersPattern,
  wholeParagraphSectionPattern,
} from '../../src/domain/documents/placeholders';

/**
 * Issue 13 point 8: DocumentApp's replaceText and findText take RE2 syntax, which refuses what JavaScript
 * regexes accept (look-around, backreferences, possessive and atomic groups, unknown escapes).
 */
function body(text = 'Приказ № 12 от 01.09.2022, {{имя}} и {{ имя }}') {
  const emulator = new Emulator();
  emulator.install(globalThis);
  const doc = (emulator.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp).create('Проверка');
  const b = doc.getBody();
  b.getChild(0).asParagraph().setText(text);
  return b;
}

describe('RE2 search patterns in DocumentApp', () => {
  it.each([
    ['(?<=№ )\\d+', 'invalid or unsupported Perl syntax: `(?<=`'],
    ['(?<!№ )\\d+', 'invalid or unsupported Perl syntax: `(?<!`'],
    ['\\d+(?= от)', 'invalid or unsupported Perl syntax: `(?=`'],
    ['\\d+(?! от)', 'invalid or unsupported Perl syntax: `(?!`'],
    ['(\\d)\\1', 'invalid escape sequence: `\\1`'],
    ['(?P<n>\\d)(?P=n)', 'invalid named capture group: `(?P=`'],
    ['\\k<n>', 'invalid escape sequence: `\\k`'],
    ['(?>\\d+)', 'invalid or unsupported Perl syntax: `(?>`'],
    ['\\d*+', 'bad repetition operator: `*+`'],
    ['\\d++', 'bad repetition operator: `++`'],
    ['\\d{1,2}+', 'bad repetition operator: `{1,2}+`'],
    ['12\\Z', 'invalid escape sequence: `\\Z`'],
    ['\\e', 'invalid escape sequence: `\\e`'],
    ['\\d{1001}', 'bad repetition operator: `{1001}`'],
  ])('replaceText refuses %s as RE2 does, and changes nothing', (pattern, error) => {
    const b = body();
    expect(() => b.replaceText(pattern, 'X')).toThrow(`Invalid regular expression: ${error}`);
    expect(() => b.findText(pattern)).toThrow(error);
    expect(b.getText()).toBe('Приказ № 12 от 01.09.2022, {{имя}} и {{ имя }}');
  });

  it.each([
    ['(?i)приказ', 'X № 12 от 01.09.2022, {{имя}} и {{ имя }}'],
    ['\\{\\{\\s*имя\\s*\\}\\}', 'Приказ № 12 от 01.09.2022, X и X'],
    ['№ (?P<n>\\d+)', 'Приказ X от 01.09.2022, {{имя}} и {{ имя }}'],
    ['\\AПриказ', 'X № 12 от 01.09.2022, {{имя}} и {{ имя }}'],
    ['\\}\\}\\z', 'Приказ № 12 от 01.09.2022, {{имя}} и {{ имя X'],
    ['\\x{2116}', 'Приказ X 12 от 01.09.2022, {{имя}} и {{ имя }}'],
    ['\\{\\{.+?\\}\\}', 'Приказ № 12 от 01.09.2022, X и X'],
    ['[]{]{2}', 'Приказ № 12 от 01.09.2022, Xимя}} и X имя }}'],
    ['\\d{2}\\.\\d{2}\\.\\d{4}', 'Приказ № 12 от X, {{имя}} и {{ имя }}'],
  ])('accepts RE2 syntax %s and replaces as RE2 matches', (pattern, after) => {
    const b = body();
    b.replaceText(pattern, 'X');
    expect(b.getText()).toBe(after);
  });

  it('inserts the replacement as it is: no group references, backslashes kept', () => {
    const b = body('дата: 01.09.2022');
    b.replaceText('(\\d{2})\\.(\\d{2})', '$2/$1 $& \\1');
    expect(b.getText()).toBe('дата: $2/$1 $& \\1.2022');
  });

  it('findText uses the same syntax: a match after a lazy repetition, none across text blocks', () => {
    const b = body();
    const found = b.findText('\\{\\{.*?\\}\\}');
    expect([found.getStartOffset(), found.getEndOffsetInclusive()]).toEqual([27, 33]);
    b.appendParagraph('второй');
    expect(b.findText('имя \\}\\}\\nвторой')).toBeNull();
  });

  it('throws NotEmulatedError for RE2 syntax JavaScript cannot express exactly', () => {
    for (const pattern of ['\\pL', '\\p{Cyrillic}', '[[:alpha:]]', 'a(?i:b)', '\\Qa.b\\E', '\\012'])
      expect(() => re2ToJs(pattern)).toThrow(NotEmulatedError);
  });

  it('the add-on’s own patterns (placeholders.ts) are RE2', () => {
    const patterns = ['mentors', 'pairs', 'school.short'].flatMap((name) => [
      markersPattern(name),
      inlineSectionPattern(name),
      inlineSectionPattern(name, true),
      wholeParagraphSectionPattern(name),
      wholeParagraphSectionPattern(name, true),
    ]);
    for (const pattern of patterns) expect(() => re2ToJs(pattern)).not.toThrow();
    const b = body('До {{#pairs}}{{n}}. пара{{/pairs}} после');
    b.replaceText(inlineSectionPattern('pairs'), '');
    expect(b.getText()).toBe('До  после');
  });
});
