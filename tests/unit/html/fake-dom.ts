/**
 * A minimal stand-in for the browser DOM, enough for html/shared/dom.ts and html/sidebar/render.ts in Node
 * (no jsdom here). It has no innerHTML at all: markup can only arrive as text.
 */
export interface FakeEvent {
  type: string;
  key?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  defaultPrevented: boolean;
  preventDefault(): void;
}
type Listener = (event: FakeEvent) => void;

export class FakeText {
  readonly nodeType = 3;
  parentNode: FakeElement | null = null;
  constructor(public data: string) {}
  get textContent(): string {
    return this.data;
  }
}

export type FakeNode = FakeElement | FakeText;

export class FakeElement {
  readonly nodeType = 1;
  readonly tagName: string;
  parentNode: FakeElement | null = null;
  readonly childNodes: FakeNode[] = [];
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, Listener[]>();
  /** What a user typed into an input or textarea. */
  value = '';
  /** Set by select(). */
  selected = false;
  /** A checkbox's state. */
  checked = false;

  constructor(tag: string) {
    this.tagName = tag.toUpperCase();
  }

  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  get children(): FakeElement[] {
    return this.childNodes.filter((n): n is FakeElement => n instanceof FakeElement);
  }
  get textContent(): string {
    return this.childNodes.map((n) => n.textContent).join('');
  }
  get id(): string {
    return this.getAttribute('id') ?? '';
  }
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }

  appendChild<T extends FakeNode>(node: T): T {
    if (node.parentNode) node.parentNode.removeChild(node);
    node.parentNode = this;
    this.childNodes.push(node);
    return node;
  }
  removeChild<T extends FakeNode>(node: T): T {
    const i = this.childNodes.indexOf(node);
    if (i < 0) throw new Error('not a child');
    this.childNodes.splice(i, 1);
    node.parentNode = null;
    return node;
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }

  get classList() {
    const get = () => (this.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    const set = (list: string[]) => this.setAttribute('class', list.join(' '));
    return {
      contains: (c: string) => get().includes(c),
      toggle: (c: string, force?: boolean) => {
        const list = get().filter((x) => x !== c);
        const on = force ?? !get().includes(c);
        set(on ? [...list, c] : list);
        return on;
      },
    };
  }

  addEventListener(type: string, fn: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  /** Fires listeners here and on each ancestor (events bubble); returns the event. */
  dispatch(type: string, init: Partial<Pick<FakeEvent, 'key' | 'ctrlKey' | 'metaKey'>> = {}): FakeEvent {
    const event: FakeEvent = {
      type,
      ...init,
      defaultPrevented: false,
      preventDefault() {
        event.defaultPrevented = true;
      },
    };
    const path: FakeElement[] = [];
    for (let node = this.parentNode; node; node = node.parentNode) path.push(node);
    for (const node of [this as FakeElement, ...path])
      for (const fn of node.listeners.get(type) ?? []) fn(event);
    return event;
  }
  focus(): void {
    activeDocument().activeElement = this;
  }
  select(): void {
    this.selected = true;
  }
  click(): void {
    if (!this.disabled) this.dispatch('click');
  }

  /** Every element below this one, depth first. */
  descendants(): FakeElement[] {
    return this.children.flatMap((c) => [c, ...c.descendants()]);
  }
  /** Supports '.class', 'tag', '[attr]' and '[attr="value"]'. */
  querySelectorAll(selector: string): FakeElement[] {
    return this.descendants().filter((e) => matches(e, selector));
  }
  querySelector(selector: string): FakeElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

function matches(e: FakeElement, selector: string): boolean {
  if (selector.startsWith('.')) return e.classList.contains(selector.slice(1));
  const attr = /^\[([\w-]+)(?:="([^"]*)")?\]$/.exec(selector);
  if (attr) return attr[2] === undefined ? e.hasAttribute(attr[1]) : e.getAttribute(attr[1]) === attr[2];
  return e.tagName === selector.toUpperCase();
}

export class FakeDocument {
  activeElement: FakeElement | null = null;
  createElement(tag: string): FakeElement {
    return new FakeElement(tag);
  }
  createTextNode(text: string): FakeText {
    return new FakeText(text);
  }
}

function activeDocument(): FakeDocument {
  const doc = (globalThis as { document?: unknown }).document;
  if (!(doc instanceof FakeDocument)) throw new Error('no fake document installed');
  return doc;
}

/** The fake document installed now (for activeElement). */
export function fakeDocument(): FakeDocument {
  return activeDocument();
}

/** Installs a fresh fake `document` global; returns a function that removes it. */
export function installFakeDocument(): () => void {
  const g = globalThis as { document?: unknown };
  const before = g.document;
  g.document = new FakeDocument();
  return () => {
    g.document = before;
  };
}

/** Treats a node the code under test returned as a FakeElement. */
export function fake(node: unknown): FakeElement {
  if (!(node instanceof FakeElement)) throw new Error('not a fake element');
  return node;
}
