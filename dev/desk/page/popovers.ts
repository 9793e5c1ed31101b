/** The top bar's «Документы» and «Формы» lists, and «Смоделировать ответы педагогов». */
import type { FormEntry } from '../../forms';
import type { DocumentEntry } from '../../sheets';
import type { SimulationResult } from '../../simulate';
import { api, messageOf } from './api';
import { byId, el } from './dom';
import { reloadOpenSidebar } from './frames';
import { refresh } from './grid';
import { closeMenus, togglePopover } from './menus';
import { busy, notice } from './notices';

/** Fills an opened popover from the server: «Загрузка…», then the entries or what went wrong. */
function fillPopover<T>(pop: HTMLElement, url: string, empty: string, entry: (item: T) => HTMLElement): void {
  pop.textContent = '';
  pop.appendChild(el('div', 'empty', 'Загрузка…'));
  api<T[]>('GET', url).then(
    (items) => {
      pop.textContent = '';
      if (!items.length) {
        pop.appendChild(el('div', 'empty', empty));
        return;
      }
      for (const item of items) pop.appendChild(entry(item));
    },
    (error: unknown) => {
      pop.textContent = '';
      pop.appendChild(el('div', 'empty', `Ошибка: ${messageOf(error)}`));
    },
  );
}

/** A link that opens in a new tab. */
function tabLink(text: string, href: string): HTMLAnchorElement {
  const a = el('a', '', text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  return a;
}

export function toggleDocs(ev: Event): void {
  ev.stopPropagation();
  if (!togglePopover('docs-popover', 'docs-button')) return;
  fillPopover<DocumentEntry>(byId('docs-popover'), '/api/documents', 'Документов пока нет.', (d) =>
    tabLink(d.name || d.id, `/doc/${encodeURIComponent(d.id)}`),
  );
}

/** The emulated Google Forms as the teachers see them. */
export function toggleForms(ev: Event): void {
  ev.stopPropagation();
  if (!togglePopover('forms-popover', 'forms-button')) return;
  fillPopover<FormEntry>(
    byId('forms-popover'),
    '/api/forms',
    'Форм пока нет: создайте анкеты в панели «Наставника».',
    (f) => {
      const a = tabLink(f.title || f.id, f.url);
      a.dataset.formId = f.id;
      a.appendChild(el('small', '', `ответов: ${f.responses}${f.accepting ? '' : ' · приём закрыт'}`));
      return a;
    },
  );
}

/** The demo teachers answer the forms the add-on created. */
export function simulate(): Promise<void> {
  closeMenus();
  busy(true);
  return api<SimulationResult & { message: string }>('POST', '/api/simulate', {})
    .then(
      (data) => {
        const failed = data.forms?.some((f) => f.errors.length);
        notice(failed ? 'error' : 'toast', 'Ответы педагогов', data.message, 10);
        // The answers change the steps' statuses: the open sidebar loads afresh.
        if (data.sent) reloadOpenSidebar();
      },
      (error: unknown) => notice('error', 'Не удалось смоделировать ответы', messageOf(error), 15),
    )
    .then(() => {
      busy(false);
      return refresh();
    });
}
