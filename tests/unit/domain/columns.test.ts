import { MENTEES } from '../../../src/domain/schema/sheets';
import { describeMapping, mapColumns } from '../../../src/domain/table/columns';

const headers = MENTEES.columns.map((c) => c.header);

describe('mapColumns', () => {
  it('finds reordered columns and a curator-inserted column by header', () => {
    const shuffled = ['Комментарий куратора', ...[...headers].reverse()];
    const result = mapColumns(MENTEES, shuffled);
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.map.index.fullName).toBe(shuffled.indexOf('ФИО'));
    expect(result.map.index.id).toBe(shuffled.indexOf('Служебный код'));
    expect(result.map.width).toBe(shuffled.length);
    expect(result.map.missing).toEqual([]);
  });

  it('tolerates case, spaces and ё in headers', () => {
    const changed = headers.map((h) => (h === 'ФИО' ? '  фио ' : h));
    const result = mapColumns(MENTEES, changed);
    expect(result.ok && result.map.index.fullName).toBe(headers.indexOf('ФИО'));
  });

  it('refuses a renamed required column with a Russian message naming it and what to do', () => {
    const renamed = headers.map((h) => (h === 'ФИО' ? 'Ф.И.О. педагога' : h));
    const result = mapColumns(MENTEES, renamed);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toContain('«ФИО»');
      expect(result.problems[0]).toContain('Настроить программу');
    }
  });

  it('finds a renamed column by its metadata key and reports the rename', () => {
    const renamed = headers.map((h) => (h === 'ФИО' ? 'Ф.И.О. педагога' : h));
    const keys = MENTEES.columns.map((c) => c.key);
    const result = mapColumns(MENTEES, renamed, keys);
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.map.index.fullName).toBe(headers.indexOf('ФИО'));
    expect(describeMapping(MENTEES, result.map)[0]).toContain('переименован в «Ф.И.О. педагога»');
  });

  it('refuses a duplicated header instead of guessing which one is meant', () => {
    const result = mapColumns(MENTEES, [...headers, 'Эл. почта']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toContain('встречается 2 раза');
  });

  it('lists a missing optional column without failing', () => {
    const result = mapColumns(
      MENTEES,
      headers.filter((h) => h !== 'Запросы'),
    );
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.map.missing.map((c) => c.key)).toEqual(['requests']);
    expect(result.map.index.requests).toBeUndefined();
  });
});
