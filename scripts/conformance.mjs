// `npm run conformance`: builds conformance/dist/ — a separate Apps Script project (its own appsscript.json and
// .clasp.json in conformance/) that runs the assertions of conformance/assertions.ts against the real
// services. Apps Script runs only top-level function declarations, so the bundle's exports are re-declared.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'conformance');
const dist = join(root, 'dist');
const ENTRY_POINTS = ['runConformance', 'conformanceNoop'];

mkdirSync(dist, { recursive: true });
const result = await build({
  entryPoints: [join(root, 'main.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'Conformance',
  target: 'es2020',
  write: false,
});
const code =
  result.outputFiles[0].text +
  ENTRY_POINTS.map((name) => `function ${name}() { return Conformance.${name}(); }\n`).join('');
writeFileSync(join(dist, 'Code.js'), code);
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
// The project's HTML files (OnDemandProbe.html: a script read with HtmlService, as the add-on reads OnDemand.html).
for (const file of readdirSync(root).filter((f) => f.endsWith('.html')))
  copyFileSync(join(root, file), join(dist, file));
const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
console.log(
  `conformance/dist: Code.js (${Buffer.byteLength(code)} bytes), appsscript.json (${manifest.oauthScopes.length} scopes)`,
);
