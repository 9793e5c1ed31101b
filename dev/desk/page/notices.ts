/** Toasts, alerts and errors in the corner over the sheet, and the «Выполняется скрипт…» badge. */
import { button, byId, el } from './dom';

type NoticeKind = 'toast' | 'alert' | 'error';

export function notice(kind: NoticeKind, title: string, text: string, seconds = 6): void {
  const box = el('div', `notice ${kind}`);
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  if (title) box.appendChild(el('strong', '', title));
  if (text) box.appendChild(el('span', '', text));
  const close = button('', '×');
  close.setAttribute('aria-label', 'Закрыть');
  close.onclick = () => box.remove();
  box.appendChild(close);
  // Over the sheet, never over the sidebar; the newest few only.
  const list = byId('notices');
  list.appendChild(box);
  while (list.children.length > 3 && list.firstChild) list.removeChild(list.firstChild);
  setTimeout(() => box.remove(), seconds * 1000);
}

let running = 0;

/** Counts calls in flight: the badge shows while any runs. */
export function busy(on: boolean): void {
  running += on ? 1 : -1;
  byId('busy').hidden = running <= 0;
}
