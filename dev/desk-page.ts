/**
 * The desk page: a small imitation of Google Sheets around the emulated workbook. Server data enters the page
 * only escaped (esc) or as script-safe JSON (scriptJson); the client script writes cells with textContent.
 * The client script is plain browser JavaScript in a string (no template placeholders inside it).
 */
import type { UiState } from '../emulator/core/state';
import { scriptJson } from './shim';

export function esc(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface DeskPageData {
  title: string;
  menus: UiState['menus'];
}

export function deskPage(data: DeskPageData): string {
  const title = data.title || 'Без названия';
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — Наставник (стол разработчика)</title>
<style>${DESK_CSS}</style>
</head>
<body>
<header id="topbar">
  <div class="bar">
    <div class="logo" aria-hidden="true"><span></span></div>
    <div class="titles">
      <div class="title-line"><span id="doc-title">${esc(title)}</span>
        <span class="hint">эмулятор Google Таблиц · данные в локальном файле</span></div>
      <nav id="menubar" aria-label="Меню таблицы">
        <button type="button" disabled>Файл</button>
        <button type="button" disabled>Правка</button>
        <button type="button" disabled>Вид</button>
        <button type="button" disabled>Вставка</button>
        <button type="button" disabled>Формат</button>
        <button type="button" disabled>Данные</button>
        <button type="button" disabled>Инструменты</button>
        <div class="menu-root">
          <button type="button" id="extensions-button" aria-haspopup="menu" aria-expanded="false">Расширения</button>
          <div id="extensions-menu" role="menu" hidden></div>
        </div>
        <button type="button" disabled>Справка</button>
      </nav>
    </div>
    <div class="actions">
      <div class="menu-root">
        <button type="button" id="forms-button" aria-haspopup="true" aria-expanded="false">Формы</button>
        <div id="forms-popover" hidden></div>
      </div>
      <div class="menu-root">
        <button type="button" id="docs-button" aria-haspopup="true" aria-expanded="false">Документы</button>
        <div id="docs-popover" hidden></div>
      </div>
      <a id="results-link" href="/results" target="_blank" rel="noopener" title="Публичная страница результатов (веб-приложение doGet)">Страница результатов</a>
      <div class="menu-root">
        <button type="button" id="clock-button" aria-haspopup="true" aria-expanded="false" aria-controls="clock-popover"
          title="Дата в эмуляторе: от неё зависят сроки, статусы шагов, напоминания и анкеты">Перейти к дате</button>
        <div id="clock-popover" hidden>
          <p class="clock-now">Сегодня в эмуляторе: <strong id="clock-date-label">…</strong></p>
          <div id="clock-presets" role="group" aria-label="Месяцы учебного года"></div>
          <form id="clock-form">
            <label for="clock-date">Другая дата</label>
            <input type="date" id="clock-date" required>
            <button type="submit">Перейти</button>
          </form>
          <p class="clock-hint">После перехода срабатывают ежедневные триггеры (сводка сроков, напоминания о встречах).</p>
        </div>
      </div>
      <span id="clock-today" title="Дата в эмуляторе"></span>
      <button type="button" id="simulate-button" title="Демо-педагоги отвечают на созданные анкеты: анкеты набора, отчёты о встречах, обратная связь и мониторинги">Смоделировать ответы педагогов</button>
      <button type="button" id="reset-button">Сбросить демо-данные</button>
    </div>
  </div>
  <div id="formula-bar"><span id="cell-ref"></span><span class="fx">fx</span><span id="cell-content"></span></div>
</header>
<main id="workspace">
  <section id="sheet-area" aria-label="Лист">
    <div id="grid-wrap"><table id="grid"></table><p id="sheet-message"></p></div>
    <nav id="tabs" role="tablist" aria-label="Листы"></nav>
  </section>
  <aside id="sidebar-panel" hidden aria-label="Боковая панель">
    <div class="panel-head"><span id="sidebar-title"></span>
      <button type="button" id="sidebar-close" aria-label="Закрыть панель" title="Закрыть">×</button></div>
    <iframe id="sidebar-frame" title="Боковая панель дополнения"></iframe>
  </aside>
</main>
<div id="dialog-overlay" hidden>
  <div id="dialog-box" role="dialog" aria-modal="true" aria-labelledby="dialog-title">
    <div class="panel-head"><span id="dialog-title"></span>
      <button type="button" id="dialog-close" aria-label="Закрыть окно" title="Закрыть">×</button></div>
    <iframe id="dialog-frame" title="Окно дополнения"></iframe>
  </div>
</div>
<div id="busy" hidden>Выполняется скрипт…</div>
<div id="notices" aria-live="polite"></div>
<script>
var INITIAL = ${scriptJson({ menus: data.menus })};
${DESK_JS}
</script>
</body>
</html>
`;
}

/** A plain Russian page for "nothing here" answers (closed sidebar, unknown document). */
export function messagePage(title: string, text: string): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:14px/1.5 system-ui,Arial,sans-serif;margin:24px;color:#3c4043}</style></head>
<body><h1 style="font-size:18px">${esc(title)}</h1><p>${esc(text)}</p></body></html>`;
}

const DESK_CSS = `
*{box-sizing:border-box}
html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;font:13px/1.4 system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#202124;background:#f9fbfd}
button{font:inherit}
#topbar{background:#f9fbfd;border-bottom:1px solid #dadce0}
.bar{display:flex;align-items:center;gap:10px;padding:6px 12px 2px}
.logo{width:28px;height:36px;background:#0f9d58;border-radius:3px;position:relative;flex:none}
.logo span{position:absolute;left:6px;right:6px;top:12px;bottom:8px;border:2px solid #fff;border-radius:1px}
.titles{flex:1;min-width:0}
.title-line{display:flex;align-items:baseline;gap:12px}
#doc-title{font-size:18px}
.hint{color:#5f6368;font-size:12px}
#menubar{display:flex;gap:2px;align-items:center}
#menubar>button,.menu-root>button,.actions>button{background:none;border:0;border-radius:4px;padding:3px 7px;cursor:pointer;color:#202124}
#menubar>button:disabled{color:#80868b;cursor:default}
#menubar button:not(:disabled):hover,.actions button:hover,#menubar button[aria-expanded=true],.actions button[aria-expanded=true]{background:#e8eaed}
.menu-root{position:relative}
#extensions-menu,#docs-popover,#forms-popover{position:absolute;top:100%;left:0;z-index:20;min-width:220px;background:#fff;border:1px solid #dadce0;border-radius:4px;box-shadow:0 2px 6px rgba(60,64,67,.3);padding:6px 0}
#docs-popover,#forms-popover{left:auto;right:0;min-width:320px;max-height:60vh;overflow:auto}
#docs-popover a,#forms-popover a{display:block;padding:6px 16px;color:#1a73e8;text-decoration:none}
#forms-popover a small{display:block;color:#5f6368}
#docs-popover a:hover,#forms-popover a:hover{background:#f1f3f4}
#docs-popover .empty,#forms-popover .empty,#extensions-menu .empty{padding:6px 16px;color:#5f6368}
.menu-group{position:relative}
.menu-group>button,.submenu button{display:block;width:100%;text-align:left;background:none;border:0;padding:6px 16px;cursor:pointer;white-space:nowrap}
.menu-group>button::after{content:"▸";float:right;color:#5f6368;margin-left:16px}
.menu-group>button:hover,.submenu button:hover,.menu-group.open>button{background:#f1f3f4}
.submenu{display:none;position:absolute;left:100%;top:-6px;min-width:240px;background:#fff;border:1px solid #dadce0;border-radius:4px;box-shadow:0 2px 6px rgba(60,64,67,.3);padding:6px 0}
.menu-group.open>.submenu,.menu-group:hover>.submenu{display:block}
.submenu hr{border:0;border-top:1px solid #dadce0;margin:6px 0}
.actions{display:flex;gap:4px;align-items:center}
#reset-button,#simulate-button{border:1px solid #dadce0!important;background:#fff!important}
#results-link{color:#1a73e8;text-decoration:none;padding:3px 7px;border-radius:4px;white-space:nowrap}
#results-link:hover{background:#e8eaed}
#clock-today{color:#188038;font-weight:600;white-space:nowrap;padding:0 4px}
#clock-popover{position:absolute;top:100%;right:0;z-index:20;width:300px;background:#fff;border:1px solid #dadce0;border-radius:4px;box-shadow:0 2px 6px rgba(60,64,67,.3);padding:10px 14px}
#clock-popover p{margin:0 0 8px}
#clock-presets{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}
#clock-presets button,#clock-form button{border:1px solid #dadce0;background:#fff;border-radius:4px;padding:4px 10px;cursor:pointer}
#clock-presets button:hover,#clock-form button:hover{background:#f1f3f4}
#clock-presets button small{display:block;color:#5f6368;font-size:11px}
#clock-form{display:flex;gap:6px;align-items:center;flex-wrap:wrap;margin-bottom:8px}
#clock-form label{width:100%;color:#5f6368}
.clock-hint{color:#5f6368;font-size:12px}
#simulate-button{color:#673ab7!important}
#formula-bar{display:flex;align-items:center;gap:8px;border-top:1px solid #dadce0;background:#fff;padding:3px 12px;min-height:26px}
#cell-ref{width:60px;color:#5f6368;border-right:1px solid #dadce0}
.fx{color:#80868b;font-style:italic}
#cell-content{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#workspace{flex:1;display:flex;min-height:0}
#sheet-area{flex:1;display:flex;flex-direction:column;min-width:0;background:#fff}
#grid-wrap{flex:1;overflow:auto;position:relative}
#grid{border-collapse:separate;border-spacing:0}
#grid th,#grid td{border-right:1px solid #e2e3e3;border-bottom:1px solid #e2e3e3;padding:2px 6px;height:21px;max-width:320px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;text-align:left;font-weight:normal}
#grid thead{position:sticky;top:0;z-index:3}
#grid thead th,#grid thead td{background:#fff}
#grid th.col,#grid th.corner{background:#f8f9fa;color:#5f6368;text-align:center;font-size:11px}
#grid th.rownum{background:#f8f9fa;color:#5f6368;text-align:center;font-size:11px;min-width:40px;position:sticky;left:0;z-index:1}
#grid th.corner{position:sticky;left:0;z-index:4}
#grid tr.frozen-last>*{border-bottom:2px solid #c0c0c0}
#grid tr.header td{font-weight:bold}
#grid td.num{text-align:right}
#grid td.note{background-image:linear-gradient(225deg,#f9ab00 5px,transparent 5px)}
#grid td.selected{outline:2px solid #1a73e8;outline-offset:-2px}
#sheet-message{color:#5f6368;padding:8px 12px;margin:0}
#tabs{display:flex;gap:2px;background:#f1f3f4;border-top:1px solid #dadce0;padding:0 8px;overflow-x:auto;flex:none}
#tabs button{border:0;background:none;padding:7px 14px;cursor:pointer;white-space:nowrap;border-bottom:3px solid transparent;color:#3c4043}
#tabs button[aria-selected=true]{background:#fff;color:#188038;font-weight:600}
#sidebar-panel{width:300px;flex:none;display:flex;flex-direction:column;border-left:1px solid #dadce0;background:#fff}
#sidebar-panel[hidden]{display:none}
.panel-head{display:flex;align-items:center;justify-content:space-between;padding:8px 12px;font-size:16px;border-bottom:1px solid #dadce0}
.panel-head button{background:none;border:0;font-size:20px;line-height:1;cursor:pointer;color:#5f6368;padding:2px 6px;border-radius:50%}
.panel-head button:hover{background:#f1f3f4}
#sidebar-frame{flex:1;border:0;width:100%}
#dialog-overlay{position:fixed;inset:0;background:rgba(32,33,36,.5);display:flex;align-items:center;justify-content:center;z-index:30}
#dialog-overlay.modeless{background:transparent;pointer-events:none}
#dialog-overlay.modeless #dialog-box{pointer-events:auto}
#dialog-overlay[hidden]{display:none}
#dialog-box{background:#fff;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);display:flex;flex-direction:column;max-width:95vw;max-height:95vh;overflow:hidden}
#dialog-frame{flex:1;border:0;width:100%}
#busy{position:fixed;top:8px;left:50%;transform:translateX(-50%);background:#fef7e0;border:1px solid #f9ab00;border-radius:4px;padding:4px 14px;z-index:40}
#busy[hidden]{display:none}
#notices{position:fixed;left:16px;bottom:48px;display:flex;flex-direction:column;gap:8px;z-index:50;max-width:380px}
.notice{background:#323232;color:#fff;border-radius:4px;padding:10px 36px 10px 14px;box-shadow:0 2px 6px rgba(0,0,0,.3);position:relative;white-space:pre-wrap}
.notice.alert{background:#fff;color:#202124;border:1px solid #dadce0}
.notice.error{background:#fce8e6;color:#a50e0e;border:1px solid #f28b82}
.notice strong{display:block;margin-bottom:2px}
.notice button{position:absolute;top:4px;right:6px;background:none;border:0;color:inherit;font-size:18px;cursor:pointer}
`;

const DESK_JS = String.raw`
(function () {
  'use strict';
  var view = { selected: null, lastActive: null, menus: INITIAL.menus || [], busy: 0 };
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function api(method, url, body) {
    var init = { method: method, headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (response) {
      return response.text().then(function (text) {
        var data;
        try { data = JSON.parse(text); } catch (e) { data = { message: text || 'HTTP ' + response.status }; }
        if (!response.ok) {
          var error = new Error(data.message || 'HTTP ' + response.status);
          error.ui = data.ui;
          throw error;
        }
        return data;
      });
    });
  }

  function busy(on) {
    view.busy += on ? 1 : -1;
    $('busy').hidden = view.busy <= 0;
  }

  // ---- notices: toasts, alerts, errors ----
  function notice(kind, title, text, seconds) {
    var box = el('div', 'notice ' + kind);
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    if (title) box.appendChild(el('strong', '', title));
    if (text) box.appendChild(el('span', '', text));
    var close = el('button', '', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Закрыть');
    close.onclick = function () { box.remove(); };
    box.appendChild(close);
    // Over the sheet, never over the sidebar; the newest few only.
    var list = $('notices');
    list.appendChild(box);
    while (list.children.length > 3) list.removeChild(list.firstChild);
    setTimeout(function () { box.remove(); }, (seconds || 6) * 1000);
  }

  // ---- the add-on menu: Расширения → <menu title> → items ----
  function closeMenus() {
    $('extensions-menu').hidden = true;
    $('extensions-button').setAttribute('aria-expanded', 'false');
    $('docs-popover').hidden = true;
    $('docs-button').setAttribute('aria-expanded', 'false');
    $('forms-popover').hidden = true;
    $('forms-button').setAttribute('aria-expanded', 'false');
    $('clock-popover').hidden = true;
    $('clock-button').setAttribute('aria-expanded', 'false');
    var open = document.querySelectorAll('.menu-group.open');
    for (var i = 0; i < open.length; i++) open[i].classList.remove('open');
  }

  function renderMenus(menus) {
    view.menus = menus || [];
    var root = $('extensions-menu');
    root.textContent = '';
    if (!view.menus.length) {
      root.appendChild(el('div', 'empty', 'Меню дополнения не создано (onOpen не добавил пунктов)'));
      return;
    }
    view.menus.forEach(function (menu) { root.appendChild(menuGroup(menu.title, menu.items)); });
  }

  // One "title ▸" entry with its items; Menu.addSubMenu nests the same shape.
  function menuGroup(title, items) {
    var group = el('div', 'menu-group');
    var head = el('button', '', title);
    head.type = 'button';
    head.setAttribute('role', 'menuitem');
    head.setAttribute('aria-haspopup', 'menu');
    head.onclick = function (ev) { ev.stopPropagation(); group.classList.toggle('open'); };
    var sub = el('div', 'submenu');
    sub.setAttribute('role', 'menu');
    (items || []).forEach(function (item) {
      if (item.separator) { sub.appendChild(el('hr')); return; }
      if (item.subMenu) { sub.appendChild(menuGroup(item.caption, item.subMenu)); return; }
      var b = el('button', '', item.caption);
      b.type = 'button';
      b.setAttribute('role', 'menuitem');
      b.dataset.function = item.functionName;
      b.onclick = function (ev) { ev.stopPropagation(); closeMenus(); runMenu(item.functionName); };
      sub.appendChild(b);
    });
    group.appendChild(head);
    group.appendChild(sub);
    return group;
  }

  function runMenu(functionName) {
    busy(true);
    return api('POST', '/api/menu', { functionName: functionName })
      .then(function (data) { handleUi(data.ui); }, function (error) {
        handleUi(error.ui);
        notice('error', 'Ошибка', error.message, 15);
      })
      .then(function () { busy(false); return refresh(); });
  }

  function handleUi(ui) {
    if (!ui) return;
    if (ui.menus) renderMenus(ui.menus);
    if (ui.sidebar) openSidebar(ui.sidebar.title);
    (ui.dialogs || []).forEach(openDialog);
    (ui.alerts || []).forEach(function (a) { notice('alert', a.title, a.prompt, 10); });
    (ui.toasts || []).forEach(function (t) { notice('toast', t.title, t.message, 6); });
  }

  // ---- sidebar and dialogs ----
  function openSidebar(title) {
    $('sidebar-title').textContent = title || '';
    $('sidebar-panel').hidden = false;
    $('sidebar-frame').src = '/sidebar?v=' + Date.now();
  }
  function closeSidebar() {
    $('sidebar-panel').hidden = true;
    $('sidebar-frame').src = 'about:blank';
  }
  function openDialog(d) {
    $('dialog-title').textContent = d.title || '';
    var box = $('dialog-box');
    box.style.width = Math.max(200, d.width || 600) + 'px';
    box.style.height = Math.max(120, (d.height || 400) + 44) + 'px';
    $('dialog-overlay').className = d.modal === false ? 'modeless' : '';
    $('dialog-overlay').hidden = false;
    $('dialog-frame').src = '/dialog/' + d.index + '?v=' + Date.now();
  }
  function closeDialog() {
    $('dialog-overlay').hidden = true;
    $('dialog-frame').src = 'about:blank';
  }

  window.addEventListener('message', function (ev) {
    if (ev.origin !== location.origin) return;
    var m = ev.data;
    if (!m || m.nastavnik !== 1) return;
    var from = ev.source === $('sidebar-frame').contentWindow ? 'sidebar'
      : ev.source === $('dialog-frame').contentWindow ? 'dialog' : null;
    if (!from) return;
    if (m.type === 'close') { if (from === 'sidebar') closeSidebar(); else closeDialog(); }
    else if (m.type === 'ran') { handleUi(m.ui); refresh(); }
    else if (m.type === 'size' && from === 'dialog') {
      if (m.width > 0) $('dialog-box').style.width = m.width + 'px';
      if (m.height > 0) $('dialog-box').style.height = m.height + 44 + 'px';
    }
  });

  // ---- the workbook ----
  function columnName(i) {
    var s = '';
    for (i = i + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
    return s;
  }

  var refreshing = null;
  function refresh() {
    if (refreshing) return refreshing.then(refresh);
    refreshing = api('GET', '/api/sheets').then(function (list) {
      if (list.spreadsheet) $('doc-title').textContent = list.spreadsheet.name;
      var ids = list.sheets.map(function (s) { return s.sheetId; });
      if (list.activeSheetId !== view.lastActive && ids.indexOf(list.activeSheetId) >= 0) view.selected = list.activeSheetId;
      view.lastActive = list.activeSheetId;
      if (ids.indexOf(view.selected) < 0) view.selected = ids.length ? ids[0] : null;
      renderTabs(list.sheets);
      return view.selected === null ? renderSheet(null) : api('GET', '/api/sheets/' + view.selected).then(renderSheet);
    }).catch(function (error) {
      notice('error', 'Не удалось показать таблицу', error.message, 10);
    }).then(function () { refreshing = null; });
    return refreshing;
  }

  function renderTabs(sheets) {
    var tabs = $('tabs');
    tabs.textContent = '';
    sheets.forEach(function (s) {
      var b = el('button', '', s.name);
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.dataset.sheetId = String(s.sheetId);
      b.setAttribute('aria-selected', s.sheetId === view.selected ? 'true' : 'false');
      if (s.tabColor) b.style.borderBottomColor = s.tabColor;
      b.onclick = function () {
        view.selected = s.sheetId;
        view.lastActive = s.sheetId;
        api('POST', '/api/select-sheet', { sheetId: s.sheetId }).catch(function () {});
        refresh();
      };
      tabs.appendChild(b);
    });
  }

  function renderSheet(sheet) {
    var wrap = $('grid-wrap');
    var same = sheet && wrap.dataset.sheetId === String(sheet.sheetId);
    var top = wrap.scrollTop, left = wrap.scrollLeft;
    var table = $('grid');
    table.textContent = '';
    $('sheet-message').textContent = '';
    if (!sheet) { $('sheet-message').textContent = 'В таблице нет листов.'; return; }
    wrap.dataset.sheetId = String(sheet.sheetId);
    var columns = Math.max(sheet.columns, 1);
    var thead = el('thead');
    var tbody = el('tbody');
    var letters = el('tr');
    letters.appendChild(el('th', 'corner'));
    for (var c = 0; c < columns; c++) letters.appendChild(el('th', 'col', columnName(c)));
    thead.appendChild(letters);
    var frozen = Math.min(sheet.frozenRows || 0, sheet.rows.length);
    sheet.rows.forEach(function (row, r) {
      var tr = el('tr');
      if (r === 0) tr.className = 'header';
      if (frozen && r === frozen - 1) tr.className += ' frozen-last';
      tr.appendChild(el('th', 'rownum', r + 1));
      for (var c = 0; c < columns; c++) {
        var cell = row[c] || { v: '' };
        var td = el('td', (cell.r ? 'num' : '') + (cell.note ? ' note' : ''), cell.v);
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
    if (!sheet.rows.length) $('sheet-message').textContent = 'Лист пуст.';
    else if (sheet.truncated) $('sheet-message').textContent = 'Показаны первые ' + sheet.rows.length + ' строк из ' + sheet.totalRows + '.';
    if (same) { wrap.scrollTop = top; wrap.scrollLeft = left; } else { wrap.scrollTop = 0; wrap.scrollLeft = 0; }
  }

  // Editing as in Sheets: a click on ☐/☑ (or a yes/no cell) ticks it, a double click asks for new text.
  function isTick(td) {
    return ['☐', '☑', 'ИСТИНА', 'ЛОЖЬ'].indexOf(td.textContent) >= 0;
  }
  function editCell(td, value) {
    var tr = td.parentNode;
    var row = Number(tr.firstChild.textContent);
    var column = Array.prototype.indexOf.call(tr.children, td);
    var sheetId = Number($('grid-wrap').dataset.sheetId);
    fetch('/api/cell', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sheetId: sheetId, row: row, column: column, value: value })
    }).then(function (r) { return r.json().then(function (b) { if (!r.ok) throw new Error(b.message || 'Ошибка'); }); })
      .then(refresh, function (error) { alert('Не удалось изменить ячейку: ' + error.message); });
  }
  $('grid').addEventListener('dblclick', function (ev) {
    var td = ev.target.closest('tbody td');
    if (!td || isTick(td)) return;
    var text = prompt('Новое значение ячейки ' + (td.dataset.ref || ''), td.dataset.content || '');
    if (text !== null) editCell(td, text);
  });
  $('grid').addEventListener('click', function (ev) {
    var td = ev.target.closest('td');
    if (!td) return;
    if (td.closest('tbody') && isTick(td)) editCell(td, null);
    var prev = document.querySelector('#grid td.selected');
    if (prev) prev.classList.remove('selected');
    td.classList.add('selected');
    $('cell-ref').textContent = td.dataset.ref || '';
    $('cell-content').textContent = td.dataset.content || '';
  });

  // ---- documents and reset ----
  function toggleDocs(ev) {
    ev.stopPropagation();
    var pop = $('docs-popover');
    if (!pop.hidden) { closeMenus(); return; }
    closeMenus();
    pop.hidden = false;
    $('docs-button').setAttribute('aria-expanded', 'true');
    pop.textContent = '';
    pop.appendChild(el('div', 'empty', 'Загрузка…'));
    api('GET', '/api/documents').then(function (docs) {
      pop.textContent = '';
      if (!docs.length) { pop.appendChild(el('div', 'empty', 'Документов пока нет.')); return; }
      docs.forEach(function (d) {
        var a = el('a', '', d.name || d.id);
        a.href = '/doc/' + encodeURIComponent(d.id);
        a.target = '_blank';
        a.rel = 'noopener';
        pop.appendChild(a);
      });
    }, function (error) {
      pop.textContent = '';
      pop.appendChild(el('div', 'empty', 'Ошибка: ' + error.message));
    });
  }

  // ---- emulated Google Forms: the teachers' view and simulated answers ----
  function toggleForms(ev) {
    ev.stopPropagation();
    var pop = $('forms-popover');
    if (!pop.hidden) { closeMenus(); return; }
    closeMenus();
    pop.hidden = false;
    $('forms-button').setAttribute('aria-expanded', 'true');
    pop.textContent = '';
    pop.appendChild(el('div', 'empty', 'Загрузка…'));
    api('GET', '/api/forms').then(function (forms) {
      pop.textContent = '';
      if (!forms.length) {
        pop.appendChild(el('div', 'empty', 'Форм пока нет: создайте анкеты в панели «Наставника».'));
        return;
      }
      forms.forEach(function (f) {
        var a = el('a', '', f.title || f.id);
        a.href = f.url;
        a.target = '_blank';
        a.rel = 'noopener';
        a.dataset.formId = f.id;
        a.appendChild(el('small', '', 'ответов: ' + f.responses + (f.accepting ? '' : ' · приём закрыт')));
        pop.appendChild(a);
      });
    }, function (error) {
      pop.textContent = '';
      pop.appendChild(el('div', 'empty', 'Ошибка: ' + error.message));
    });
  }

  function simulate() {
    closeMenus();
    busy(true);
    return api('POST', '/api/simulate', {}).then(function (data) {
      notice(data.forms && data.forms.some(function (f) { return f.errors.length; }) ? 'error' : 'toast',
        'Ответы педагогов', data.message, 10);
      // The answers change the steps' statuses: the open sidebar loads afresh.
      if (data.sent && !$('sidebar-panel').hidden) openSidebar($('sidebar-title').textContent);
    }, function (error) {
      notice('error', 'Не удалось смоделировать ответы', error.message, 15);
    }).then(function () { busy(false); return refresh(); });
  }

  // ---- the emulated date ----
  function showClock(clock) {
    $('clock-date-label').textContent = clock.label;
    $('clock-today').textContent = clock.label;
    $('clock-date').value = clock.date;
    var box = $('clock-presets');
    box.textContent = '';
    (clock.presets || []).forEach(function (p) {
      var b = el('button', '', p.label);
      b.type = 'button';
      b.dataset.preset = p.id;
      b.appendChild(el('small', '', p.date.split('-').reverse().join('.')));
      b.onclick = function () { moveClock(p.id); };
      box.appendChild(b);
    });
  }

  function loadClock() {
    return api('GET', '/api/clock').then(showClock, function () {});
  }

  function toggleClock(ev) {
    ev.stopPropagation();
    var pop = $('clock-popover');
    if (!pop.hidden) { closeMenus(); return; }
    closeMenus();
    pop.hidden = false;
    $('clock-button').setAttribute('aria-expanded', 'true');
    loadClock();
  }

  // Statuses, deadlines and reminders depend on the date: after a move the sidebar loads afresh.
  function moveClock(to) {
    closeMenus();
    busy(true);
    return api('POST', '/api/clock', { to: to }).then(function (data) {
      showClock(data);
      notice(data.errors && data.errors.length ? 'error' : 'toast', 'Дата изменена', data.message, 10);
      if (!$('sidebar-panel').hidden) openSidebar($('sidebar-title').textContent);
    }, function (error) {
      notice('error', 'Не удалось изменить дату', error.message, 15);
    }).then(function () { busy(false); return refresh(); });
  }

  function reset() {
    if (!window.confirm('Удалить локальную книгу и создать демо-данные заново?')) return;
    closeMenus();
    busy(true);
    api('POST', '/api/reset', {}).then(function () { location.reload(); }, function (error) {
      busy(false);
      notice('error', 'Не удалось сбросить данные', error.message, 15);
    });
  }

  $('extensions-button').addEventListener('click', function (ev) {
    ev.stopPropagation();
    var menu = $('extensions-menu');
    var show = menu.hidden;
    closeMenus();
    menu.hidden = !show;
    $('extensions-button').setAttribute('aria-expanded', show ? 'true' : 'false');
  });
  $('docs-button').addEventListener('click', toggleDocs);
  $('forms-button').addEventListener('click', toggleForms);
  $('simulate-button').addEventListener('click', simulate);
  $('clock-button').addEventListener('click', toggleClock);
  $('clock-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    if ($('clock-date').value) moveClock($('clock-date').value);
  });
  $('reset-button').addEventListener('click', reset);
  $('sidebar-close').addEventListener('click', closeSidebar);
  $('dialog-close').addEventListener('click', closeDialog);
  document.addEventListener('click', function (ev) {
    if (!ev.target.closest || !ev.target.closest('.menu-root')) closeMenus();
  });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') closeMenus(); });

  renderMenus(view.menus);
  refresh();
  loadClock();
})();
`;
