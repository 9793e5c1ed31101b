/**
 * The desk page's script, bundled from TypeScript (dev/desk/page/main.ts) the way scripts/build.mjs bundles
 * the add-on's html/ pages (the same options: scripts/page-script-options.json). The desk is dev-only, so it is bundled when the server starts rather than at build:
 * once per process, in about 50 ms.
 */
import { build, type BuildOptions } from 'esbuild';
import PAGE_SCRIPT_OPTIONS from '../../scripts/page-script-options.json';
import { resolve } from 'node:path';

let bundled: Promise<string> | null = null;

export function deskScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [resolve(__dirname, 'page', 'main.ts')],
    ...(PAGE_SCRIPT_OPTIONS as BuildOptions & { write: false }),
  }).then((out) => {
    const script = out.outputFiles[0].text;
    // The script goes inline into the page: it must not end its own <script> element.
    if (/<\/script/i.test(script)) throw new Error('The desk page script contains </script.');
    return script;
  });
  return bundled;
}
