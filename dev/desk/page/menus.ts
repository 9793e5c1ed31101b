/** The add-on menu (Расширения → <menu title> → items) and closing every open menu and popover at once. */
import type { UiState } from '../../../emulator/core/state';
import { button, byId, el } from './dom';

type Menu = UiState['menus'][number];
/** An item of a menu; Menu.addSubMenu nests the same shape. */
type MenuItem = { caption: string; functionName: string; subMenu?: MenuItem[] } | { separator: true };

/** The top bar's menus and popovers, each with the button that opens it. */
const POPUPS: [popup: string, opener: string][] = [
  ['extensions-menu', 'extensions-button'],
  ['docs-popover', 'docs-button'],
  ['forms-popover', 'forms-button'],
  ['clock-popover', 'clock-button'],
];

export function closeMenus(): void {
  for (const [popup, opener] of POPUPS) {
    byId(popup).hidden = true;
    byId(opener).setAttribute('aria-expanded', 'false');
  }
  for (const open of Array.from(document.querySelectorAll('.menu-group.open'))) open.classList.remove('open');
}

/**
 * Opens a popover under its button (closing any other) and reports true, or closes it if it was open and
 * reports false.
 */
export function togglePopover(popup: string, opener: string): boolean {
  const pop = byId(popup);
  if (!pop.hidden) {
    closeMenus();
    return false;
  }
  closeMenus();
  pop.hidden = false;
  byId(opener).setAttribute('aria-expanded', 'true');
  return true;
}

/** Draws the menus onOpen built; a pressed item calls `run` with its function name. */
export function renderMenus(menus: Menu[] | undefined, run: (functionName: string) => void): void {
  const root = byId('extensions-menu');
  root.textContent = '';
  if (!menus?.length) {
    root.appendChild(el('div', 'empty', 'Меню дополнения не создано (onOpen не добавил пунктов)'));
    return;
  }
  for (const menu of menus) root.appendChild(menuGroup(menu.title, menu.items, run));
}

/** One "title ▸" entry with its items. */
function menuGroup(title: string, items: MenuItem[] | undefined, run: (name: string) => void): HTMLElement {
  const group = el('div', 'menu-group');
  const head = button('', title);
  head.setAttribute('role', 'menuitem');
  head.setAttribute('aria-haspopup', 'menu');
  head.onclick = (ev) => {
    ev.stopPropagation();
    group.classList.toggle('open');
  };
  const sub = el('div', 'submenu');
  sub.setAttribute('role', 'menu');
  for (const item of items ?? []) {
    if ('separator' in item) {
      sub.appendChild(el('hr'));
      continue;
    }
    if (item.subMenu) {
      sub.appendChild(menuGroup(item.caption, item.subMenu, run));
      continue;
    }
    const b = button('', item.caption);
    b.setAttribute('role', 'menuitem');
    b.dataset.function = item.functionName;
    b.onclick = (ev) => {
      ev.stopPropagation();
      closeMenus();
      run(item.functionName);
    };
    sub.appendChild(b);
  }
  group.appendChild(head);
  group.appendChild(sub);
  return group;
}

/** The «Расширения» button: opens or closes the add-on menu. */
export function toggleExtensions(ev: Event): void {
  ev.stopPropagation();
  const menu = byId('extensions-menu');
  const show = menu.hidden;
  closeMenus();
  menu.hidden = !show;
  byId('extensions-button').setAttribute('aria-expanded', show ? 'true' : 'false');
}
