import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Emulator } from '../../emulator';
import { setHtmlFileSource } from '../../emulator/html';
import { loadScript } from '../../emulator/runtime';

// `npm test` builds dist/ first (pretest), so this is what `clasp push` would upload.
const DIST = join(__dirname, '..', '..', 'dist');

/** A fresh emulated account running the built dist/Code.js on one spreadsheet, on the given date. */
export function bootBuilt(now = new Date(2022, 8, 15, 10, 0)) {
  const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
  const emulator = new Emulator();
  emulator.setNow(now);
  const ss = emulator.openNewSpreadsheet('Наставничество');
  setHtmlFileSource(emulator.ctx, (name) => {
    const file = join(DIST, `${name}.html`);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  });
  const script = loadScript(emulator, code);
  return { emulator, script, ss };
}
