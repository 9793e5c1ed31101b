import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setHtmlFileSource } from '../../emulator/html';
import { loadScriptFile } from '../../emulator/runtime';
import { UNEXPECTED_FAILURE } from '../../src/services/errors';
import { builtWithForms } from './built';

/**
 * Issue 13 point 6: the use cases a curator runs a few times a year (setup, form creation, pairing, documents,
 * monitoring, the year's close) live in dist/OnDemand.html, which the built add-on evaluates when one runs,
 * not in Code.js, which Apps Script parses on every execution. template-texts.test.ts checks that the
 * overview, the menu, a form answer, the daily trigger and the teacher's card never read it.
 */
const dist = join(__dirname, '..', '..', 'dist');
const onDemandText = readFileSync(join(dist, 'OnDemand.html'), 'utf8');

/** A set-up programme, then a new execution (Apps Script starts each with a fresh global scope). */
function freshExecution(files: (name: string) => string | null = readDist) {
  const addOn = builtWithForms();
  const script = loadScriptFile(addOn.emulator, join(dist, 'Code.js'));
  const read: string[] = [];
  setHtmlFileSource(addOn.emulator.ctx, (name) => {
    read.push(name);
    return files(name);
  });
  const run = (id: string, input = '') => {
    try {
      return { result: script.call('runAction', id, input) as { message: string } };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  return { ...addOn, script, read, run };
}

function readDist(name: string): string | null {
  const file = join(dist, `${name}.html`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

describe('the once-a-year code, loaded on demand', () => {
  it('runs from OnDemand.html, read once per execution however many such actions run', () => {
    const x = freshExecution();
    expect(x.read).not.toContain('OnDemand');
    expect(x.run('select:score').result?.message).toMatch(/кандидат/);
    expect(x.run('documents:templates').result?.message).toBe('Все шаблоны на месте.');
    expect(x.read.filter((n) => n === 'OnDemand')).toHaveLength(1);
  });

  it('throws the curator’s Russian message across the two bundles, not an unexpected failure', () => {
    const x = freshExecution();
    // regenerate.ts (in OnDemand.html) throws a UserFacingError; Code.js's runAction must recognise it.
    const { error } = x.run('documents:regenerate:1.2', 'нет-такого');
    expect(x.read).toContain('OnDemand');
    expect(error).toBe('На листе «Документы» нет строки с кодом «нет-такого».');
    expect(error).not.toBe(UNEXPECTED_FAILURE);
  });

  it('carries no error class of its own: UserFacingError and TemplateError come from Code.js', () => {
    expect(onDemandText).not.toMatch(/extends Error\b/);
    expect(onDemandText).toMatch(/shared\.errors/);
    expect(onDemandText).toMatch(/shared\.placeholders/);
  });

  it('says in Russian what to do when OnDemand.html is missing, and changes nothing', () => {
    const x = freshExecution((name) => (name === 'OnDemand' ? null : readDist(name)));
    const before = x.sheet('Наставники').getDataRange().getValues();
    const { error } = x.run('select:score');
    expect(error).toMatch(/^Не удалось загрузить часть надстройки \(файл OnDemand\.html\): соберите/);
    expect(x.sheet('Наставники').getDataRange().getValues()).toEqual(before);
  });

  it('is a function of the shared modules that refuses a Code.js that does not share them', () => {
    const factory = (0, eval)(onDemandText) as (shared: object) => unknown;
    expect(typeof factory).toBe('function');
    expect(() => factory({})).toThrow('OnDemand: Code.js does not share errors');
  });
});
