/** The few DOM helpers the desk page needs: every text goes in through textContent. */

/** An element the page's HTML (dev/desk-page.ts) declares; a missing one is a bug of the page, not of the user. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The desk page has no #${id}.`);
  return node as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string | number | null,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/** A button that is not a submit button (buttons in a form would submit it). */
export function button(className: string, text: string): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  return b;
}

/** The element an event came from, when it is one (a click on text reports the element, not the text node). */
export function targetElement(event: Event): Element | null {
  return event.target instanceof Element ? event.target : null;
}
