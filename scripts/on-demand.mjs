// The once-a-year code (src/services/on-demand/runners.ts and everything it imports) as its own bundle, stored
// in dist/OnDemand.html: a .js file would be uploaded by `clasp push` as a second script, which Apps Script
// parses on every execution; an HTML file is read only when src/gas/on-demand.ts asks for it.
//
// A second webpack compilation rather than a chunk of Code.js's: modules Code.js shares with a chunk can no
// longer be joined into its one scope (scope hoisting), and that cost Code.js more (+33 KB) than the chunk took
// out. So the bundle carries its own copy of the small modules it shares with Code.js, except SHARED: the
// modules whose identity matters — the error classes recognised with `instanceof` across the two (thrown by
// Code.js's adapters, caught by Code.js's server functions), and the template texts' cache, which reads
// TemplateTexts.html once per execution — which it takes from Code.js. The build fails when a module both
// bundles carry declares a class or module state without being shared (checkDuplicates).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Must match src/gas/on-demand.ts's ON_DEMAND_FILE. */
export const FILE = 'OnDemand';
const BUNDLE = `${FILE}.js`;
/** The bundle's exports: a top-level var of the bundle, returned by the wrapper (see storeBundle). */
const LIBRARY = 'onDemandRunners';

/** Source file (without .ts) → the property of src/gas/on-demand.ts's `shared` argument that carries it. */
const SHARED = {
  'src/services/errors': 'errors',
  // TemplateError: Code.js's Docs adapter throws it, the generation recognises it.
  'src/domain/documents/placeholders': 'placeholders',
  'src/gas/template-texts': 'templateTexts',
};

/**
 * What Code.js's build swaps, matched on the import's request ('../on-demand/load') so that the new file
 * resolves its own imports from its own folder: the plain import for the tests, the loader for Apps Script.
 */
export const LOADER = /(^|\/)on-demand\/load$/;
export const builtLoader = (root) => join(root, 'src', 'gas', 'on-demand.ts');

/** The webpack configuration of the bundle: Code.js's (`common`: rules, target, scope hoisting), its own entry. */
export function onDemandConfig(common, dist) {
  const shared = Object.fromEntries(
    Object.entries(SHARED).map(([file, key]) => [join(common.context, file), key]),
  );
  return {
    ...common,
    name: FILE,
    entry: './src/services/on-demand/runners.ts',
    output: {
      path: dist,
      filename: BUNDLE,
      library: { type: 'var', name: LIBRARY },
      globalObject: 'globalThis',
      publicPath: '',
    },
    externalsType: 'var',
    externals: ({ context, request }, callback) => {
      const path = request && /^[./]/.test(request) ? resolve(context, request).replace(/\.ts$/, '') : '';
      const key = shared[path];
      return key ? callback(null, `shared.${key}`) : callback();
    },
  };
}

/** Module state that must not exist twice: an error class (caught with `instanceof`) or a module-level `let`. */
const IDENTITY = /\bclass\s+\w+\s+extends\s+Error\b|^(export\s+)?let\s/m;

/**
 * Fails the build when a module that both bundles carry declares an error class or mutable module state and is
 * not in SHARED: each bundle would have its own, and an error thrown by one would not be recognised by the
 * other. (Caches such as a `const … = new Map()` are harmless twice: each bundle fills its own.)
 */
export function checkDuplicates(stats) {
  const [code, onDemand] = stats.stats.map(
    (s) => new Set([...s.compilation.modules].flatMap((m) => modulePaths(m)).filter(Boolean)),
  );
  const twice = [...onDemand].filter((file) => code.has(file) && IDENTITY.test(readFileSync(file, 'utf8')));
  if (twice.length)
    throw new Error(
      `Both Code.js and ${FILE}.html carry these modules, which declare an error class or module state; ` +
        `add them to SHARED in scripts/on-demand.mjs and src/gas/on-demand.ts:\n${twice.join('\n')}`,
    );
}

/** The source files of a webpack module (a concatenated module holds several). */
function modulePaths(module) {
  if (module.modules) return [...module.modules].map((m) => m.resource);
  return [module.resource];
}

/**
 * Turns the emitted bundle (already minified) into the function src/gas/on-demand.ts evaluates: it takes
 * `shared` and returns the runners. `sourceURL` names the evaluated code in stack traces and the execution log.
 */
export function storeBundle(dist) {
  const file = join(dist, BUNDLE);
  const code = readFileSync(file, 'utf8');
  // A Code.js that does not share what the bundle expects (a hand-edited project) fails here, by name.
  const check = `for (const k of ${JSON.stringify(Object.values(SHARED))}) if (!shared[k]) throw new Error('${FILE}: Code.js does not share ' + k);`;
  writeFileSync(
    join(dist, `${FILE}.html`),
    `(function (shared) {\n${check}\n${code}\nreturn ${LIBRARY};\n})\n//# sourceURL=${BUNDLE}\n`,
  );
  rmSync(file);
}

export const bundleFile = (dist) => join(dist, BUNDLE);
