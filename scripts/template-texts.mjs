// The document, form and roadmap texts that only cold paths read leave Code.js for an HTML asset
// (dist/TemplateTexts.html).
//
// Apps Script parses every .gs file on every execution (each sidebar click, trigger and web-app hit) but reads
// an .html file only when the script asks for it. What moves:
// - the template declarations (src/domain/**: orders, Положение, consents, plan, letter, final report): their
//   paragraphs and tables, placeholder catalogs (with Russian labels), template and file names. They are read
//   when setup builds a template's Google Doc, or a template is checked or filled; never by the sidebar's
//   overview, a form submission or the daily trigger. The kind, series and `per` stay in Code.js;
// - COLD_PROPERTIES: the texts of named properties in data files read only by setup, form building and
//   document generation (the roadmap's steps, the plan's tasks by topic, the questionnaires' help texts, the
//   sheets' column notes, the consent elements' names).
// The build evaluates the declarations as the tests see them, reads the literals from the sources, and writes
// both into TemplateTexts.html (JSON, with <, > and & escaped, so the file is plain HTML text). The files are
// compiled for Code.js with those properties turned into getters that read the asset on demand
// (src/gas/template-texts.ts); a file's helpers and constants that only they used are dropped.
// The TypeScript sources stay the one declaration: tests, the emulator and `npm start`'s server import them
// unchanged; tests/bundle/template-texts.test.ts checks the built getters against them.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export const TEXTS_FILE = 'TemplateTexts';

/** The properties of a template declaration read from the asset. */
const LAZY = ['blocks', 'fields', 'lists', 'flags', 'templateName', 'fileTitle'];

/**
 * Data file → properties read only by cold paths. Each becomes a getter: a literal (or a const holding one) is
 * read from the asset; any other value is computed when read, its literals of COLD_MIN characters or more read
 * from the asset. Keys in the asset are numbers, counted over these files in this order.
 */
const COLD_PROPERTIES = {
  'src/domain/roadmap/seed.ts': ['title', 'content'],
  // Not `activities` nor plan-content.ts's code: the teacher's card shows the plan's next activity.
  'src/domain/documents/plan-content.ts': ['task', 'result'],
  'src/domain/forms/definitions.ts': ['help', 'description', 'confirmation'],
  'src/domain/forms/programme-forms.ts': ['help', 'description', 'confirmation'],
  'src/domain/forms/monitoring-forms.ts': [
    'help',
    'description',
    'confirmation',
    'namedNote',
    'anonymousNote',
  ],
  'src/domain/forms/monitoring-items.ts': ['label', 'short'],
  // Not `title` nor the legacy items' `label`: an arriving answer is read by its questions' titles.
  'src/domain/forms/interim-forms.ts': ['help', 'description', 'confirmation', 'short', 'next'],
  'src/domain/schema/sheets.ts': ['note'],
  'src/domain/consents/elements.ts': ['label'],
};
/** Shorter literals cost less in Code.js than the call that would replace them. */
const COLD_MIN = 16;

/**
 * Source files whose functions run only on cold paths (the documents' data, the final report's conclusions,
 * the plan's content, the consent texts' check, the public page's figures, survey invitations):
 * the literals inside their functions are read from the asset when the function runs.
 */
const COLD_CODE = [
  'src/domain/documents/plan-data.ts',
  'src/domain/documents/data.ts',
  'src/domain/documents/report-conclusions.ts',
  'src/domain/documents/final-report-data.ts',
  'src/domain/documents/report-monitoring.ts',
  'src/domain/documents/destruction-data.ts',
  'src/domain/consents/elements.ts',
  'src/domain/publishing/results.ts',
  'src/domain/publishing/page.ts',
  // Modules only the files above import (the documents' numbering, naming and people, the names' declension,
  // the ranking, the Мониторинг sheet's layout, the pairs' candidates, the pasted tables' parser).
  'src/domain/documents/naming.ts',
  'src/domain/documents/numbering.ts',
  'src/domain/documents/people.ts',
  'src/domain/documents/report-numbers.ts',
  'src/domain/format/names.ts',
  'src/domain/matching.ts',
  'src/domain/ranking.ts',
  'src/domain/text/table-paste.ts',
  'src/domain/monitoring-sheet.ts',
  'src/services/monitoring/sheet.ts',
  'src/services/documents/created-files.ts',
  'src/services/pairs/candidates.ts',
  'src/services/roadmap/windows.ts',
  // Document generation: only a click on a document's button runs it.
  'src/services/documents/generate.ts',
  'src/services/documents/numbering.ts',
  'src/services/documents/rewardees.ts',
  'src/services/monitoring/invite.ts',
  'src/services/monitoring/run.ts',
  'src/services/monitoring/ranking.ts',
  'src/services/monitoring/check.ts',
  'src/services/monitoring/mode.ts',
  'src/services/monitoring/survey-forms-run.ts',
  // The January feedback's summary: only its button runs it.
  'src/domain/interim-summary.ts',
  'src/services/monitoring/interim.ts',
  'src/services/documents/kinds/approval-order.ts',
  'src/services/documents/kinds/consents.ts',
  'src/services/documents/kinds/context.ts',
  'src/services/documents/kinds/final-event-order.ts',
  'src/services/documents/kinds/final-report.ts',
  'src/services/documents/kinds/introduction-order.ts',
  'src/services/documents/kinds/letters.ts',
  'src/services/documents/kinds/pairs-order.ts',
  'src/services/documents/kinds/plans.ts',
  'src/services/documents/kinds/reward-order.ts',
  // «Закрыть учебный год» runs once a year; the retention rules' texts only when something is due.
  'src/services/year-close/close-year.ts',
  'src/services/year-close/erase.ts',
  'src/services/year-close/summary.ts',
  'src/services/year-close/retention.ts',
  'src/services/year-close/destruction.ts',
  // Actions the curator runs now and then: their functions' texts (the overview reads none of them).
  'src/services/setup/setup-programme.ts',
  'src/services/forms/create.ts',
  'src/services/forms/import.ts',
  'src/services/forms/withdraw.ts',
  'src/services/forms/withdraw-traces.ts',
  'src/services/documents/send.ts',
  'src/services/pairs/curate.ts',
  'src/services/pairs/propose.ts',
  'src/services/pairs/training.ts',
  'src/services/pairs/selection.ts',
  'src/services/publishing/page-address.ts',
  'src/services/publishing/switch.ts',
];

/**
 * Source files of sidebar actions: the overview reads each action's label, state and confirmation, so those
 * stay; only the literals inside each action's `run` (what it does and reports when the curator clicks) are
 * read from the asset, when it runs.
 */
const COLD_RUN = [
  'src/services/consents/actions.ts',
  'src/services/documents/regenerate-action.ts',
  'src/services/documents/sidebar-actions.ts',
  'src/services/forms/actions.ts',
  'src/services/mail/actions.ts',
  'src/services/meetings/actions.ts',
  'src/services/meetings/calendar-plan.ts',
  'src/services/monitoring/actions.ts',
  'src/services/monitoring/survey-forms.ts',
  'src/services/pairs/actions.ts',
  'src/services/step-actions/general-actions.ts',
  'src/services/year-close/actions.ts',
];

/** An action's `run`, as a method or a property holding a function. */
function isRun(node) {
  if (ts.isMethodDeclaration(node)) return ts.isIdentifier(node.name) && node.name.text === 'run';
  return (
    (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
    ts.isPropertyAssignment(node.parent) &&
    ts.isIdentifier(node.parent.name) &&
    node.parent.name.text === 'run'
  );
}

/**
 * petrovich, the names' declension, keeps its rule set (about 7 KB of suffixes and exceptions) in one object
 * literal that only a declension reads; only document generation and the public page decline names. In
 * Code.js the object's three parts are getters that read the set from the asset.
 */
const PETROVICH = 'node_modules/petrovich/dist/petrovich.js';
const PETROVICH_RULES = 'var rules = ';

/** petrovich's source split around its rule set: before, the rules (parsed), after. */
function petrovichParts(text) {
  const start = text.indexOf(PETROVICH_RULES);
  const end = text.lastIndexOf('};') + 1;
  if (start < 0 || end <= start) throw new Error(`${PETROVICH}: no rule set found (another version?)`);
  return {
    before: text.slice(0, start),
    rules: JSON.parse(text.slice(start + PETROVICH_RULES.length, end)),
    after: text.slice(end),
  };
}

const PETROVICH_EXPORT = `    if (typeof module !== "undefined" && module.exports) module.exports = petrovich;
    else if (window) window.petrovich = petrovich;
    else throw new Error("Unknown environment");`;

/**
 * petrovich for Code.js: an ES module (so that webpack joins it into the bundle's one scope, as the asset's
 * reader is) whose rule set's parts are getters reading the asset.
 */
function petrovichForCode(text, getterModule) {
  const { before, rules, after } = petrovichParts(text);
  if (!before.includes(PETROVICH_EXPORT)) throw new Error(`${PETROVICH}: its export is not where it was`);
  const getters = Object.keys(rules)
    .map((part) => `get ${part}() { return __petrovichRules().${part}; }`)
    .join(', ');
  return (
    `import { petrovichRules as __petrovichRules } from ${JSON.stringify(getterModule)};\n` +
    'var __petrovich;\n' +
    before.replace(PETROVICH_EXPORT, '    __petrovich = petrovich;') +
    `var rules = { ${getters} }` +
    after +
    '\nexport default __petrovich;\n'
  );
}

/** Whether a source file declares templates. */
const DECLARES = /:\s*TemplateDeclaration\s*=\s*\{/;

/** kind → the LAZY properties of every declared template, evaluated from the TypeScript sources. */
async function templateTexts(root) {
  const out = await build({
    stdin: {
      contents:
        "import { TEMPLATES } from './src/domain/documents/templates';\n" +
        'module.exports = Object.fromEntries(TEMPLATES.map((t) => [t.kind, ' +
        `{ ${LAZY.map((name) => `${name}: t.${name}`).join(', ')} }]));\n`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, () => {
    throw new Error('template declarations must not require anything at run time');
  });
  return module.exports;
}

/**
 * The value of a literal, of literals joined by `+`, or of a top-level const of the file holding one (`consts`);
 * null for anything computed.
 */
function staticString(expr, consts = new Map()) {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
  if (ts.isIdentifier(expr)) return consts.get(expr.text) ?? null;
  if (ts.isParenthesizedExpression(expr)) return staticString(expr.expression, consts);
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = staticString(expr.left, consts);
    const right = staticString(expr.right, consts);
    return left !== null && right !== null ? left + right : null;
  }
  return null;
}

/** The file's top-level consts whose values are static strings. */
function stringConsts(source) {
  const consts = new Map();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of statement.declarationList.declarations) {
      const value = d.initializer && ts.isIdentifier(d.name) ? staticString(d.initializer, consts) : null;
      if (value !== null) consts.set(d.name.text, value);
    }
  }
  return consts;
}

const posix = (path) => path.split(sep).join('/');

function insideType(node) {
  for (let n = node.parent; n; n = n.parent) if (ts.isTypeNode(n)) return true;
  return false;
}

function isFunctionLike(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node)
  );
}

/**
 * Edits that read a literal's text from the asset instead: a whole string literal becomes a call; a template
 * literal keeps its substitutions and gets its static parts from calls (`${__coldText(3)}`), so that what it
 * converts and how stays as it was. Property names, types and tagged templates are left alone.
 */
function literalEdit(node, keep) {
  if (insideType(node)) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    if (node.text.length < COLD_MIN) return null;
    if (
      (ts.isPropertyAssignment(node.parent) || ts.isPropertyDeclaration(node.parent)) &&
      node.parent.name === node
    )
      return null;
    if (ts.isTaggedTemplateExpression(node.parent)) return null;
    if (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent)) return null;
    return { start: node.getStart(), end: node.getEnd(), text: `__coldText(${keep(node.text)})` };
  }
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
    if (node.text.length < COLD_MIN) return null;
    const template = ts.isTemplateHead(node) ? node.parent : node.parent.parent;
    if (ts.isTaggedTemplateExpression(template.parent)) return null;
    const open = ts.isTemplateHead(node) ? '`' : '}';
    const close = ts.isTemplateTail(node) ? '`' : '${';
    return {
      start: node.getStart(),
      end: node.getEnd(),
      text: `${open}\${__coldText(${keep(node.text)})}${close}`,
    };
  }
  return null;
}

/** The literal edits within a node, in source order. */
function literalEdits(root, keep) {
  const edits = [];
  const visit = (node) => {
    const edit = literalEdit(node, keep);
    if (edit) edits.push(edit);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return edits;
}

/**
 * The edits of a cold file, in source order: each COLD_PROPERTIES property becomes a getter, and in a
 * COLD_CODE file every function's literals are read from the asset (a function body runs only when called,
 * so nothing is read before then). `strings` receives the texts, numbered on from its length.
 */
function coldEdits(file, source, strings) {
  const names = COLD_PROPERTIES[file] ?? [];
  const code = COLD_CODE.includes(file);
  const runs = COLD_RUN.includes(file);
  const cold = (node) => (code && isFunctionLike(node)) || (runs && isRun(node));
  const consts = stringConsts(source);
  const edits = [];
  const keep = (text) => strings.push(text) - 1;
  const declared = declarationCounts(source);
  const visit = (node, inFunction) => {
    // In a COLD_CODE file the data outside functions is cold too: a property holding a static text becomes a
    // getter.
    if (
      code &&
      !inFunction &&
      ts.isPropertyAssignment(node) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
    ) {
      const value = staticString(node.initializer, consts);
      if (value !== null && value.length >= COLD_MIN) {
        edits.push({
          start: node.getStart(),
          end: node.getEnd(),
          text: `get ${node.name.getText()}() { return __coldText(${keep(value)}); }`,
        });
        return;
      }
    }
    // A top-level const holding a text, read inside a cold function: the text is read from the asset there
    // (and the const, then unused, is dropped).
    if (inFunction && ts.isIdentifier(node) && declared.get(node.text) === 1 && isReference(node)) {
      const value = consts.get(node.text);
      if (value !== undefined && value.length >= COLD_MIN) {
        edits.push({ start: node.getStart(), end: node.getEnd(), text: `__coldText(${keep(value)})` });
        return;
      }
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && names.includes(node.name.text)) {
      const name = node.name.text;
      const value = staticString(node.initializer, consts);
      if (value !== null) {
        if (value.length >= COLD_MIN)
          edits.push({
            start: node.getStart(),
            end: node.getEnd(),
            text: `get ${name}() { return __coldText(${keep(value)}); }`,
          });
        return;
      }
      const init = node.initializer;
      const inner = literalEdits(init, keep);
      if (!inner.length) return;
      const shift = (e) => ({ ...e, start: e.start - init.getStart(), end: e.end - init.getStart() });
      const body = splice(init.getText(), inner.map(shift));
      edits.push({ start: node.getStart(), end: node.getEnd(), text: `get ${name}() { return ${body}; }` });
      return;
    }
    if (inFunction) {
      const edit = literalEdit(node, keep);
      if (edit) edits.push(edit);
    }
    ts.forEachChild(node, (child) => visit(child, inFunction || cold(node)));
  };
  visit(source, false);
  return edits;
}

/** How many times each name is declared in the file (a name declared twice may be shadowed: left alone). */
function declarationCounts(source) {
  const counts = new Map();
  const visit = (node) => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    )
      counts.set(node.name.text, (counts.get(node.name.text) ?? 0) + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return counts;
}

/** Whether an identifier reads a variable (not a property name, a declaration or a shorthand property). */
function isReference(node) {
  const parent = node.parent;
  if (insideType(node)) return false;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) return false;
  if (ts.isShorthandPropertyAssignment(parent)) return false;
  if (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) return false;
  if (ts.isFunctionDeclaration(parent) || ts.isTypeQueryNode(parent)) return false;
  return true;
}

/** The edits of every cold file (by file) and the texts they read, from the sources on disk. */
function coldPlan(root) {
  const strings = [];
  const files = new Map();
  for (const file of [...new Set([...Object.keys(COLD_PROPERTIES), ...COLD_CODE, ...COLD_RUN])]) {
    const text = readFileSync(join(root, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
    files.set(file, { text, edits: coldEdits(file, source, strings) });
  }
  return { files, strings };
}

/** The asset's text: JSON that holds no markup characters. */
export function textsHtml(texts) {
  return JSON.stringify(texts).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Everything the asset holds. */
export async function assetTexts(root) {
  return {
    templates: await templateTexts(root),
    strings: coldPlan(root).strings,
    petrovich: petrovichParts(readFileSync(join(root, PETROVICH), 'utf8')).rules,
  };
}

function isExported(node) {
  return (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;
}

/** Names a top-level statement declares, if it is a local (unexported) const or function. */
function localNames(statement) {
  if (isExported(statement)) return [];
  if (ts.isFunctionDeclaration(statement) && statement.name) return [statement.name.text];
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations.every((d) => ts.isIdentifier(d.name))
      ? statement.declarationList.declarations.map((d) => d.name.text)
      : [];
  return [];
}

function identifierCounts(source) {
  const counts = new Map();
  const visit = (node) => {
    if (ts.isIdentifier(node)) counts.set(node.text, (counts.get(node.text) ?? 0) + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return counts;
}

/** Replaces text ranges (non-overlapping), from the end backwards. */
function splice(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Drops unexported top-level consts and functions no one uses any more, until none is left. */
function dropUnused(text) {
  for (;;) {
    const source = ts.createSourceFile('f.ts', text, ts.ScriptTarget.ES2020, true);
    const counts = identifierCounts(source);
    const dead = source.statements.filter((s) => {
      const names = localNames(s);
      return names.length > 0 && names.every((n) => counts.get(n) === 1);
    });
    if (!dead.length) return text;
    text = splice(
      text,
      dead.map((s) => ({ start: s.getFullStart(), end: s.getEnd(), text: '' })),
    );
  }
}

/** A source file for Code.js: its LAZY declaration properties and cold literals read from the asset. */
function externalise(text, file, root, getterModule) {
  if (file === PETROVICH) return petrovichForCode(text, getterModule);
  const cold = file in COLD_PROPERTIES || COLD_CODE.includes(file) || COLD_RUN.includes(file);
  if (!cold && !DECLARES.test(text)) return text;
  const edits = [];
  if (cold) {
    const planned = coldPlan(root).files.get(file);
    // The numbers in the asset were counted on the files as they are on disk.
    if (planned.text !== text) throw new Error(`${file} changed during the build: build again`);
    edits.push(...planned.edits);
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const visit = (node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      LAZY.includes(node.name.text) &&
      ts.isObjectLiteralExpression(node.parent) &&
      node.parent.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'kind') &&
      DECLARES.test(text)
    ) {
      edits.push({
        start: node.getStart(),
        end: node.getEnd(),
        text: `get ${node.name.text}() { return __templateText(this.kind, '${node.name.text}'); }`,
      });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return text;
  const stripped = dropUnused(splice(text, edits));
  return (
    `import { templateText as __templateText, coldText as __coldText } from ${JSON.stringify(getterModule)};\n` +
    stripped
  );
}

/**
 * The webpack loader (rule in scripts/build.mjs; options: `root`, `getter`, the module that reads the asset).
 * @public
 */
export default function loader(text) {
  const { root, getter } = this.getOptions();
  return externalise(text, posix(relative(root, this.resourcePath)), root, getter);
}
