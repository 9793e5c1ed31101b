// Builds dist/ for `clasp push`: Code.js (webpack + esbuild-loader + gas-webpack-plugin, then minified),
// appsscript.json, and one self-contained HTML file per client page (esbuild, script and CSS inlined).
// `npm run build -- --readable` leaves Code.js unminified, for debugging in the Apps Script editor.
import { build as esbuild, transform } from 'esbuild';
import GasPlugin from 'gas-webpack-plugin';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import * as onDemand from './on-demand.mjs';
import * as texts from './template-texts.mjs';

const readable = process.argv.includes('--readable');
/** How a page's script is bundled, here and for `npm start`'s desk (dev/desk/bundle.ts). */
const PAGE_SCRIPT_OPTIONS = JSON.parse(
  readFileSync(new URL('./page-script-options.json', import.meta.url), 'utf8'),
);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** The texts only cold paths read go to dist/TemplateTexts.html (scripts/template-texts.mjs). */
const coldTexts = {
  loader: join(root, 'scripts', 'template-texts.mjs'),
  options: { root, getter: join(root, 'src', 'gas', 'template-texts.ts') },
};

/** What both bundles (Code.js and OnDemand.html) are compiled with. */
const common = {
  context: root,
  mode: 'none',
  devtool: false,
  target: ['web', 'es2020'],
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      { test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2020' } },
      { test: /[\\/]src[\\/](domain|services)[\\/].*\.ts$/, enforce: 'pre', ...coldTexts },
      { test: /[\\/]node_modules[\\/]petrovich[\\/]dist[\\/]petrovich\.js$/, ...coldTexts },
    ],
  },
  // Production-style tree shaking broke the bundle (`__webpack_exports__ is not defined`). Scope hoisting
  // alone is safe: the ES modules are joined into one scope, without a wrapper and a require per module
  // (330 KB → 290 KB minified), and the exports of server.ts stay where gas-webpack-plugin finds them.
  optimization: { usedExports: false, minimize: false, concatenateModules: true, providedExports: true },
};

const serverConfig = {
  ...common,
  name: 'Code',
  entry: './src/server.ts',
  output: { path: dist, filename: 'Code.js' },
  plugins: [
    new GasPlugin({ autoGlobalExportsFiles: ['**/src/server.ts'] }),
    // The once-a-year code leaves Code.js for OnDemand.html (scripts/on-demand.mjs), except in a readable
    // build: the Apps Script editor's debugger sees only .gs files.
    ...(readable ? [] : [new webpack.NormalModuleReplacementPlugin(onDemand.LOADER, onDemand.builtLoader(root))]),
  ],
};

function buildServer() {
  const configs = readable ? [serverConfig] : [serverConfig, onDemand.onDemandConfig(common, dist)];
  return new Promise((ok, fail) => {
    webpack(configs, (err, stats) => {
      if (err) return fail(err);
      if (stats.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      try {
        if (!readable) onDemand.checkDuplicates(stats);
        ok();
      } catch (e) {
        fail(e);
      }
    });
  });
}

/** Each folder html/<page>/ with index.html + main.ts (+ style.css) becomes dist/<Page>.html. */
async function buildPages() {
  const htmlRoot = join(root, 'html');
  for (const page of readdirSync(htmlRoot)) {
    const dir = join(htmlRoot, page);
    if (!existsSync(join(dir, 'index.html'))) continue;
    const out = await esbuild({ entryPoints: [join(dir, 'main.ts')], ...PAGE_SCRIPT_OPTIONS });
    const script = out.outputFiles[0].text;
    if (/<\/script/i.test(script)) throw new Error(`${page}: bundled script contains </script`);
    const cssFile = join(dir, 'style.css');
    const shared = join(htmlRoot, 'shared', 'addon.css');
    const css = [shared, cssFile]
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const html = readFileSync(join(dir, 'index.html'), 'utf8')
      .replace('<!-- STYLE -->', () => `<style>\n${css}\n</style>`)
      .replace('<!-- SCRIPT -->', () => `<script>\n${script}\n</script>`);
    const name = page[0].toUpperCase() + page.slice(1);
    writeFileSync(join(dist, `${name}.html`), html);
  }
}

/**
 * Apps Script parses the whole Code.js on every execution (each sidebar click, trigger and web-app hit), so
 * the bundle is minified: whitespace, comments and local names go (661 KB → about 270 KB). Top-level
 * declarations of a script are globals and esbuild keeps their names, so the functions gas-webpack-plugin
 * declares (onOpen, getOverview …) stay callable by name. Webpack's own minimizer is not used: production
 * optimisation broke the bundle before (see DESIGN.md).
 */
async function minify(file) {
  const out = await transform(readFileSync(file, 'utf8'), {
    minify: true,
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
  });
  writeFileSync(file, out.code);
}

const started = Date.now();
rmSync(dist, { recursive: true, force: true });
await buildServer();
if (!readable) {
  await minify(join(dist, 'Code.js'));
  await minify(onDemand.bundleFile(dist));
  onDemand.storeBundle(dist);
}
mkdirSync(dist, { recursive: true });
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
await buildPages();
writeFileSync(join(dist, `${texts.TEXTS_FILE}.html`), texts.textsHtml(await texts.assetTexts(root)));
const kb = (file) => Math.round(readFileSync(join(dist, file)).length / 1024);
const sizes = readable ? `Code.js ${kb('Code.js')} KB, readable` : `Code.js ${kb('Code.js')} KB, OnDemand.html ${kb(`${onDemand.FILE}.html`)} KB`;
console.log(`dist/ built in ${Date.now() - started} ms (${sizes})`);
