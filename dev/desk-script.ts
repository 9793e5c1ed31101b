/**
 * The desk page's client script: plain browser JavaScript in a string (no template placeholders inside it).
 * It reads INITIAL (the menus) declared by desk-page.ts, talks to dev/server.ts's /api/*, and draws the grid,
 * the menus, the sidebar and dialogs, forms, documents and the clock.
 */
export const DESK_JS = String.raw`
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
