/**
 * Tiny DOM builders for the sidebar and dialogs. Text always goes in through text nodes (textContent),
 * never through innerHTML, so data from the spreadsheet cannot inject markup.
 */

export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attribute values: true → present (empty value), false/null/undefined → absent. `on<event>` keys take listeners. */
type AttrValue = string | number | boolean | null | undefined;
export type Attrs = { [name: string]: AttrValue | ((event: Event) => void) };

/**
 * el('button', { class: 'action', type: 'button', onclick: go }, 'Обновить').
 * `class` sets the class attribute; `on…` with a function adds an event listener; other keys are attributes.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attrs) setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

export function setAttrs(node: Element, attrs: Attrs): void {
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (typeof value === 'function') {
      if (!name.startsWith('on')) throw new Error(`Attribute ${name} cannot take a function`);
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else if (value === false || value === null || value === undefined) {
      node.removeAttribute(name);
    } else {
      node.setAttribute(name, String(value));
    }
  }
}

/** Appends children: strings and numbers become text nodes, arrays are flattened, empty values skipped. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...(child as readonly Child[]));
    else if (typeof child === 'string' || typeof child === 'number')
      parent.appendChild(document.createTextNode(String(child)));
    else parent.appendChild(child as Node);
  }
}

/** Removes every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Replaces the children of a node. */
export function replaceContent(node: Node, ...children: Child[]): void {
  clear(node);
  append(node, ...children);
}

/** Looks an element up by id and fails loudly if the page template lacks it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Element #${id} is missing from the page`);
  return node as T;
}

/** Shows or hides an element through the hidden attribute. */
export function show(node: HTMLElement, visible: boolean): void {
  if (visible) node.removeAttribute('hidden');
  else node.setAttribute('hidden', '');
}

/** Escape cancels an inline box from anywhere inside it. */
export function onEscape(node: HTMLElement, cancel: () => void): void {
  node.addEventListener('keydown', (event: Event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Escape' || key === 'Esc') {
      event.preventDefault();
      cancel();
    }
  });
}
