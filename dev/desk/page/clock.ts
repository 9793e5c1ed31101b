/** «Перейти к дате»: the emulated today, the school year's months as presets, and moving the date. */
import type { ClockMove, ClockState } from '../../clock';
import { api, messageOf } from './api';
import { button, byId, el } from './dom';
import { reloadOpenSidebar } from './frames';
import { refresh } from './grid';
import { closeMenus, togglePopover } from './menus';
import { busy, notice } from './notices';

function showClock(clock: ClockState): void {
  byId('clock-date-label').textContent = clock.label;
  byId('clock-today').textContent = clock.label;
  byId<HTMLInputElement>('clock-date').value = clock.date;
  const box = byId('clock-presets');
  box.textContent = '';
  for (const p of clock.presets ?? []) {
    const b = button('', p.label);
    b.dataset.preset = p.id;
    b.appendChild(el('small', '', p.date.split('-').reverse().join('.')));
    b.onclick = () => void moveClock(p.id);
    box.appendChild(b);
  }
}

export function loadClock(): Promise<void> {
  return api<ClockState>('GET', '/api/clock').then(showClock, () => undefined);
}

export function toggleClock(ev: Event): void {
  ev.stopPropagation();
  if (togglePopover('clock-popover', 'clock-button')) void loadClock();
}

/** Statuses, deadlines and reminders depend on the date: after a move the sidebar loads afresh. */
export function moveClock(to: string): Promise<void> {
  closeMenus();
  busy(true);
  return api<ClockMove & { message: string }>('POST', '/api/clock', { to })
    .then(
      (data) => {
        showClock(data);
        notice(data.errors?.length ? 'error' : 'toast', 'Дата изменена', data.message, 10);
        reloadOpenSidebar();
      },
      (error: unknown) => notice('error', 'Не удалось изменить дату', messageOf(error), 15),
    )
    .then(() => {
      busy(false);
      return refresh();
    });
}
