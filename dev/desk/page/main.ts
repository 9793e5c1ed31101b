/**
 * The desk page's script (bundled by dev/desk/bundle.ts into the page dev/desk-page.ts serves): wires the top
 * bar, the grid, the add-on's menu and frames to dev/server.ts's /api/*, then draws the workbook.
 */
import type { DeskInitial } from '../../desk-page';
import { api, messageOf } from './api';
import { byId, targetElement } from './dom';
import { closeDialog, closeSidebar } from './frames';
import { listenToGrid, refresh } from './grid';
import { loadClock, moveClock, toggleClock } from './clock';
import { closeMenus, renderMenus, toggleExtensions } from './menus';
import { busy, notice } from './notices';
import { simulate, toggleDocs, toggleForms } from './popovers';
import { listenToFrames, runMenu } from './script';

/** What the server wrote into the page before this script (see deskPage). */
declare const INITIAL: DeskInitial;

function reset(): void {
  if (!window.confirm('Удалить локальную книгу и создать демо-данные заново?')) return;
  closeMenus();
  busy(true);
  api('POST', '/api/reset', {}).then(
    () => location.reload(),
    (error: unknown) => {
      busy(false);
      notice('error', 'Не удалось сбросить данные', messageOf(error), 15);
    },
  );
}

byId('extensions-button').addEventListener('click', toggleExtensions);
byId('docs-button').addEventListener('click', toggleDocs);
byId('forms-button').addEventListener('click', toggleForms);
byId('simulate-button').addEventListener('click', () => void simulate());
byId('clock-button').addEventListener('click', toggleClock);
byId('clock-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const date = byId<HTMLInputElement>('clock-date').value;
  if (date) void moveClock(date);
});
byId('reset-button').addEventListener('click', reset);
byId('sidebar-close').addEventListener('click', closeSidebar);
byId('dialog-close').addEventListener('click', closeDialog);
document.addEventListener('click', (ev) => {
  if (!targetElement(ev)?.closest('.menu-root')) closeMenus();
});
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape') closeMenus();
});
listenToGrid();
listenToFrames();

renderMenus(INITIAL.menus, runMenu);
void refresh();
void loadClock();
