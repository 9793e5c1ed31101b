/**
 * The desk page: a small imitation of Google Sheets around the emulated workbook. Server data enters the page
 * only escaped (esc) or as script-safe JSON (scriptJson); the client script writes cells with textContent.
 * The client script is TypeScript (dev/desk/page/), bundled by dev/desk/bundle.ts when the server starts.
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

/** What the page script (dev/desk/page/main.ts) finds in INITIAL when it starts. */
export interface DeskInitial {
  menus: UiState['menus'];
}

export interface DeskPageData extends DeskInitial {
  title: string;
  /** The bundled page script (dev/desk/bundle.ts). */
  script: string;
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
${data.script}
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
