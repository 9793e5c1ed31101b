/**
 * The workbook as Sheets shows it: the sheet tabs, one sheet's display values in a grid with a formula bar,
 * and editing as in Sheets (a click ticks a checkbox or yes/no cell, a double click types a value).
 */
import type { SheetList, SheetView } from '../../sheets';
import { api, messageOf } from './api';
import { button, byId, el, targetElement } from './dom';
import { notice } from './notices';

/** The sheet the desk shows, and the active sheet the workbook last reported (the script may change it). */
const view: { selected: number | null; lastActive: number | null } = { selected: null, lastActive: null };

/** 0 → A, 25 → Z, 26 → AA. */
function columnName(index: number): string {
  let s = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26))
    s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

let refreshing: Promise<void> | null = null;

/** Reloads the tabs and the shown sheet; calls made meanwhile wait for the one in flight, then run again. */
export function refresh(): Promise<void> {
  if (refreshing) return refreshing.then(refresh);
  refreshing = api<SheetList>('GET', '/api/sheets')
    .then((list) => {
      if (list.spreadsheet) byId('doc-title').textContent = list.spreadsheet.name;
      const ids = list.sheets.map((s) => s.sheetId);
      if (
        list.activeSheetId !== view.lastActive &&
        list.activeSheetId !== null &&
        ids.includes(list.activeSheetId)
      )
        view.selected = list.activeSheetId;
      view.lastActive = list.activeSheetId;
      if (view.selected === null || !ids.includes(view.selected)) view.selected = ids.length ? ids[0] : null;
      renderTabs(list.sheets);
      return view.selected === null
        ? renderSheet(null)
        : api<SheetView>('GET', `/api/sheets/${view.selected}`).then(renderSheet);
    })
    .catch((error: unknown) => {
      notice('error', 'Не удалось показать таблицу', messageOf(error), 10);
    })
    .then(() => {
      refreshing = null;
    });
  return refreshing;
}

function renderTabs(sheets: SheetList['sheets']): void {
  const tabs = byId('tabs');
  tabs.textContent = '';
  for (const s of sheets) {
    const b = button('', s.name);
    b.setAttribute('role', 'tab');
    b.dataset.sheetId = String(s.sheetId);
    b.setAttribute('aria-selected', s.sheetId === view.selected ? 'true' : 'false');
    if (s.tabColor) b.style.borderBottomColor = s.tabColor;
    b.onclick = () => {
      view.selected = s.sheetId;
      view.lastActive = s.sheetId;
      api('POST', '/api/select-sheet', { sheetId: s.sheetId }).catch(() => undefined);
      void refresh();
    };
    tabs.appendChild(b);
  }
}

function renderSheet(sheet: SheetView | null): void {
  const wrap = byId('grid-wrap');
  const same = sheet !== null && wrap.dataset.sheetId === String(sheet.sheetId);
  const { scrollTop: top, scrollLeft: left } = wrap;
  const table = byId('grid');
  const message = byId('sheet-message');
  table.textContent = '';
  message.textContent = '';
  if (!sheet) {
    message.textContent = 'В таблице нет листов.';
    return;
  }
  wrap.dataset.sheetId = String(sheet.sheetId);
  const columns = Math.max(sheet.columns, 1);
  const thead = el('thead');
  const tbody = el('tbody');
  const letters = el('tr');
  letters.appendChild(el('th', 'corner'));
  for (let c = 0; c < columns; c++) letters.appendChild(el('th', 'col', columnName(c)));
  thead.appendChild(letters);
  const frozen = Math.min(sheet.frozenRows || 0, sheet.rows.length);
  sheet.rows.forEach((row, r) => {
    const tr = el('tr');
    if (r === 0) tr.className = 'header';
    if (frozen && r === frozen - 1) tr.className += ' frozen-last';
    tr.appendChild(el('th', 'rownum', r + 1));
    for (let c = 0; c < columns; c++) {
      const cell = row[c] ?? { v: '' };
      const td = el('td', (cell.r ? 'num' : '') + (cell.note ? ' note' : ''), cell.v);
      if (cell.note) td.title = cell.note;
      else if (cell.v.length > 40) td.title = cell.v;
      td.dataset.ref = columnName(c) + (r + 1);
      td.dataset.content = cell.f || cell.v;
      tr.appendChild(td);
    }
    (r < frozen ? thead : tbody).appendChild(tr);
  });
  table.appendChild(thead);
  table.appendChild(tbody);
  if (!sheet.rows.length) message.textContent = 'Лист пуст.';
  else if (sheet.truncated)
    // Phrased so that no numeral has to agree with a count.
    message.textContent = `Строк на листе: ${sheet.totalRows}; показаны первые ${sheet.rows.length}.`;
  wrap.scrollTop = same ? top : 0;
  wrap.scrollLeft = same ? left : 0;
}

/** A checkbox (☐/☑) or a yes/no cell: ticked by a click rather than typed into. */
function isTick(td: Element): boolean {
  return ['☐', '☑', 'ИСТИНА', 'ЛОЖЬ'].includes(td.textContent ?? '');
}

/** Writes a cell through the server (null toggles a tick), then redraws. */
function editCell(td: HTMLTableCellElement, value: string | null): void {
  const tr = td.parentElement as HTMLTableRowElement;
  const row = Number(tr.firstChild?.textContent);
  const column = Array.prototype.indexOf.call(tr.children, td);
  const sheetId = Number(byId('grid-wrap').dataset.sheetId);
  fetch('/api/cell', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sheetId, row, column, value }),
  })
    .then((r) =>
      r.json().then((b: { message?: string }) => {
        if (!r.ok) throw new Error(b.message || 'Ошибка');
      }),
    )
    .then(refresh, (error: unknown) => alert(`Не удалось изменить ячейку: ${messageOf(error)}`));
}

/** Selecting a cell shows it in the formula bar; ticking and typing edit it. */
export function listenToGrid(): void {
  const grid = byId('grid');
  grid.addEventListener('dblclick', (ev) => {
    const td = targetElement(ev)?.closest<HTMLTableCellElement>('tbody td');
    if (!td || isTick(td)) return;
    const text = prompt(`Новое значение ячейки ${td.dataset.ref || ''}`, td.dataset.content || '');
    if (text !== null) editCell(td, text);
  });
  grid.addEventListener('click', (ev) => {
    const td = targetElement(ev)?.closest<HTMLTableCellElement>('td');
    if (!td) return;
    if (td.closest('tbody') && isTick(td)) editCell(td, null);
    document.querySelector('#grid td.selected')?.classList.remove('selected');
    td.classList.add('selected');
    byId('cell-ref').textContent = td.dataset.ref || '';
    byId('cell-content').textContent = td.dataset.content || '';
  });
}
