/** The add-on's sidebar and dialogs: each an iframe of a page the server renders from the script's HTML. */
import type { UiEvents } from '../../execution';
import { byId } from './dom';

export function openSidebar(title: string): void {
  byId('sidebar-title').textContent = title || '';
  byId('sidebar-panel').hidden = false;
  byId<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?v=${Date.now()}`;
}

export function closeSidebar(): void {
  byId('sidebar-panel').hidden = true;
  byId<HTMLIFrameElement>('sidebar-frame').src = 'about:blank';
}

/** After the data changed behind the panel (answers, a new date), an open sidebar loads afresh. */
export function reloadOpenSidebar(): void {
  if (!byId('sidebar-panel').hidden) openSidebar(byId('sidebar-title').textContent ?? '');
}

export function openDialog(d: UiEvents['dialogs'][number]): void {
  byId('dialog-title').textContent = d.title || '';
  const box = byId('dialog-box');
  box.style.width = `${Math.max(200, d.width || 600)}px`;
  box.style.height = `${Math.max(120, (d.height || 400) + 44)}px`;
  const overlay = byId('dialog-overlay');
  overlay.className = d.modal === false ? 'modeless' : '';
  overlay.hidden = false;
  byId<HTMLIFrameElement>('dialog-frame').src = `/dialog/${d.index}?v=${Date.now()}`;
}

export function closeDialog(): void {
  byId('dialog-overlay').hidden = true;
  byId<HTMLIFrameElement>('dialog-frame').src = 'about:blank';
}

/** Which frame a message came from, if from one of ours. */
export function frameOf(source: MessageEventSource | null): 'sidebar' | 'dialog' | null {
  if (source === byId<HTMLIFrameElement>('sidebar-frame').contentWindow) return 'sidebar';
  if (source === byId<HTMLIFrameElement>('dialog-frame').contentWindow) return 'dialog';
  return null;
}

/** google.script.host.setWidth/setHeight of a dialog. */
export function resizeDialog(width: number | undefined, height: number | undefined): void {
  if (width !== undefined && width > 0) byId('dialog-box').style.width = `${width}px`;
  if (height !== undefined && height > 0) byId('dialog-box').style.height = `${height + 44}px`;
}
