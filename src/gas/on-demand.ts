import type { OnDemandRunners } from '../services/on-demand/load';
import * as placeholders from '../domain/documents/placeholders';
import * as errors from '../services/errors';
import * as templateTexts from './template-texts';

/**
 * The built add-on's `onDemand()`: scripts/build.mjs puts this file in place of services/on-demand/load.ts.
 *
 * The once-a-year use cases (services/on-demand/runners.ts) are bundled on their own into dist/OnDemand.html
 * (scripts/on-demand.mjs): Apps Script parses every .gs file on every execution, an HTML file only when the
 * script reads it. The first call in an execution reads the file and evaluates it: the text is a function
 * that takes the modules both bundles must share and returns the runners.
 *
 * Evaluation is synchronous: a server function answers google.script.run with its return value, so the code
 * must be there before it returns. A `--readable` build keeps the runners in Code.js (the editor's debugger
 * sees only .gs files), and this file is not used.
 */
const ON_DEMAND_FILE = 'OnDemand';

/**
 * What the bundle takes from Code.js instead of carrying its own copy (scripts/on-demand.mjs's SHARED):
 * UserFacingError and TemplateError must each be one class for `instanceof`, and the template texts are read
 * once per execution.
 */
const SHARED = { errors, placeholders, templateTexts };

type Factory = (shared: typeof SHARED) => OnDemandRunners;

let loaded: OnDemandRunners | null = null;

const BROKEN =
  `Не удалось загрузить часть надстройки (файл ${ON_DEMAND_FILE}.html): соберите и загрузите надстройку ` +
  'заново (npm run build, затем clasp push). Данные таблицы не изменены.';

export function onDemand(): OnDemandRunners {
  if (loaded) return loaded;
  let factory: unknown;
  try {
    // HtmlOutput.getContent returns the file's text as written: Google's own `include()` pattern for
    // scripts kept in HTML files relies on it (guides/html/best-practices). Indirect eval: the code sees the
    // global scope (the services), not this function's.
    factory = (0, eval)(HtmlService.createHtmlOutputFromFile(ON_DEMAND_FILE).getContent());
  } catch (e) {
    console.error(e);
    throw new errors.UserFacingError(BROKEN);
  }
  if (typeof factory !== 'function') throw new errors.UserFacingError(BROKEN);
  loaded = (factory as Factory)(SHARED);
  return loaded;
}
