/**
 * Running the add-on's script from the desk: a menu item is one execution, and whatever UI the script made
 * during it (menus, sidebar, dialogs, alerts, toasts) shows here, also when the sidebar or a dialog ran it.
 */
import type { UiEvents } from '../../execution';
import { api, messageOf, uiOf } from './api';
import { closeDialog, closeSidebar, frameOf, openDialog, openSidebar, resizeDialog } from './frames';
import { refresh } from './grid';
import { renderMenus } from './menus';
import { busy, notice } from './notices';

/** What the shim in the sidebar and dialogs posts (dev/shim.ts). */
interface FrameMessage {
  nastavnik?: number;
  type?: 'close' | 'ran' | 'size';
  ui?: UiEvents;
  width?: number;
  height?: number;
}

export function runMenu(functionName: string): Promise<void> {
  busy(true);
  return api<{ ui?: UiEvents }>('POST', '/api/menu', { functionName })
    .then(
      (data) => showUi(data.ui),
      (error: unknown) => {
        showUi(uiOf(error));
        notice('error', 'Ошибка', messageOf(error), 15);
      },
    )
    .then(() => {
      busy(false);
      return refresh();
    });
}

function showUi(ui: UiEvents | undefined): void {
  if (!ui) return;
  if (ui.menus) renderMenus(ui.menus, runMenu);
  if (ui.sidebar) openSidebar(ui.sidebar.title);
  for (const d of ui.dialogs ?? []) openDialog(d);
  for (const a of ui.alerts ?? []) notice('alert', a.title, a.prompt, 10);
  for (const t of ui.toasts ?? []) notice('toast', t.title, t.message, 6);
}

/** The sidebar and dialogs close themselves, resize, and report the UI of the calls they ran. */
export function listenToFrames(): void {
  window.addEventListener('message', (ev: MessageEvent<FrameMessage | null>) => {
    if (ev.origin !== location.origin) return;
    const m = ev.data;
    if (!m || m.nastavnik !== 1) return;
    const from = frameOf(ev.source);
    if (!from) return;
    if (m.type === 'close') {
      if (from === 'sidebar') closeSidebar();
      else closeDialog();
    } else if (m.type === 'ran') {
      showUi(m.ui);
      void refresh();
    } else if (m.type === 'size' && from === 'dialog') resizeDialog(m.width, m.height);
  });
}
