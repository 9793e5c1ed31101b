import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The build compiles the cold data files for Code.js with their texts read from dist/TemplateTexts.html
 * (scripts/template-texts.mjs). Here the same modules are bundled twice, as the tests import them and as the
 * build compiles them (the asset read from dist/), and run side by side: every value and every text they
 * produce must be the same. A node subprocess, because the loader is an ES module.
 */
const root = join(__dirname, '..', '..');

const PROBE = `
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import loader from './scripts/template-texts.mjs';

const root = process.cwd();
const asset = JSON.parse(readFileSync(join(root, 'dist', 'TemplateTexts.html'), 'utf8'));
const getter = join(root, '.probe-getter.ts');
const transformed = {
  name: 'cold',
  setup(b) {
    b.onResolve({ filter: /probe-getter/ }, () => ({ path: getter, namespace: 'getter' }));
    b.onLoad({ filter: /.*/, namespace: 'getter' }, () => ({
      contents: 'export const coldText = (n) => globalThis.__asset.strings[n];' +
        'export const templateText = (k, p) => globalThis.__asset.templates[k][p];' +
        'export const petrovichRules = () => globalThis.__asset.petrovich;',
      loader: 'js',
    }));
    b.onLoad({ filter: /(src[\\\\/](domain|services)[\\\\/].*\\.ts|petrovich\\.js)$/ }, (a) => ({
      contents: loader.call({ getOptions: () => ({ root, getter }), resourcePath: a.path }, readFileSync(a.path, 'utf8')),
      loader: 'ts',
    }));
  },
};
const entry = \`
import { ROADMAP_SEED } from './src/domain/roadmap/seed';
import { formDefinitions } from './src/domain/forms/definitions';
import { ALL_SHEETS } from './src/domain/schema/sheets';
import { TOPICS } from './src/domain/forms/topics';
import { activitySchedule, menteeWords, planGoals, planResults, planTasks } from './src/domain/documents/plan-content';
import { TEMPLATES } from './src/domain/documents/templates';
import { declinePerson, genderOf } from './src/domain/format/names';
import { SERIES_LABEL, YEAR_RULE_TEXT, parseYearRule } from './src/domain/documents/numbering';
const out = [];
for (const c of ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'])
  for (const [n, p] of [['Смирнова Ольга Викторовна', 'учитель математики'], ['Кузнецов Пётр Ильич', 'заместитель директора по УВР'], ['Иванова Любовь Сергеевна', 'педагог-психолог']])
    out.push(declinePerson(n, p, c), genderOf(n));
out.push(SERIES_LABEL, YEAR_RULE_TEXT, Object.values(YEAR_RULE_TEXT).map(parseYearRule));
for (const group of [false, true]) {
  const w = menteeWords(group);
  const requests = [...TOPICS, 'Свой запрос'];
  out.push(planGoals(requests, w), planTasks(requests, w), planResults(requests, w));
  for (const t of TOPICS)
    out.push(activitySchedule([t], [TOPICS[0], TOPICS[3]], 2022, new Date(2022, 8, 1), w));
}
module.exports = JSON.stringify({ seed: ROADMAP_SEED, forms: formDefinitions(), sheets: ALL_SHEETS, out, templates: TEMPLATES });
\`;
async function run(plugins) {
  const r = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node',
    format: 'cjs', write: false, logLevel: 'silent', plugins });
  const module = { exports: {} };
  globalThis.__asset = asset;
  new Function('module', 'exports', 'require', r.outputFiles[0].text)(module, module.exports, () => ({}));
  return { value: module.exports, code: r.outputFiles[0].text };
}
const plain = await run([]);
const cold = await run([transformed]);
console.log(JSON.stringify({
  same: plain.value === cold.value,
  length: plain.value.length,
  shrunk: Buffer.byteLength(plain.code) - Buffer.byteLength(cold.code),
}));
`;

describe('cold texts compiled for Code.js', () => {
  it('give the same roadmap, questionnaires, sheets, plan contents, templates, declined names and numbering labels as the sources', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE], {
      cwd: root,
      encoding: 'utf8',
    });
    const result = JSON.parse(out) as { same: boolean; length: number; shrunk: number };
    expect(result.length).toBeGreaterThan(50_000);
    // The compiled modules are smaller: their texts (and petrovich's rule set) are in the asset.
    expect(result.shrunk).toBeGreaterThan(20_000);
    expect(result.same).toBe(true);
  });
});
