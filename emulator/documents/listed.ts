/**
 * An element that sits in an element list (section or table cell): paragraphs, list items, tables ...
 */
import { gasError } from '../core/errors';
import type { DocElementState } from '../core/state';
import { type Owner, deepCopy, isText, locateElement } from './model';
import { type Session } from './session';
import { ATTRIBUTE_NAMES, mergeAttributes } from './attributes';
import { NodeImpl } from './node';

type Element = GoogleAppsScript.Document.Element;

/** An element that sits in an element list (section or table cell): paragraphs, list items, tables ... */
export abstract class ListedImpl<E extends DocElementState> extends NodeImpl {
  constructor(
    session: Session,
    readonly _el: E,
  ) {
    super(session);
  }

  getType(): string {
    return this._el.type;
  }

  protected where() {
    return locateElement(this._session.doc(), this._el);
  }

  override getParent(): Element | null {
    const at = this.where();
    return at ? this._session.views.owner(this._session, at.owner) : null;
  }

  getNextSibling(): Element | null {
    const at = this.where();
    const next = at?.list[at.index + 1];
    return next ? this._session.views.element(this._session, next) : null;
  }

  getPreviousSibling(): Element | null {
    const at = this.where();
    const prev = at && at.index > 0 ? at.list[at.index - 1] : undefined;
    return prev ? this._session.views.element(this._session, prev) : null;
  }

  isAtDocumentEnd(): boolean {
    const at = this.where();
    return (
      !!at && at.owner.kind === 'section' && at.owner.section === 'BODY' && at.index === at.list.length - 1
    );
  }

  removeFromParent(): this {
    const at = this.where();
    if (!at) return this;
    checkRemovable(at, this._el);
    at.list.splice(at.index, 1);
    return this;
  }

  copy(): Element {
    return this._session.views.element(this._session, deepCopy(this._el));
  }

  getAttributes(): Record<string, unknown> {
    const attrs: Record<string, unknown> = {};
    for (const name of ATTRIBUTE_NAMES) attrs[name] = null;
    Object.assign(attrs, 'attributes' in this._el ? this._el.attributes : {});
    return attrs;
  }

  setAttributes(attributes: Record<string, unknown>): this {
    if ('attributes' in this._el) mergeAttributes(this._el.attributes, attributes);
    return this;
  }
}

/** Apps Script refuses to leave a document section without its final paragraph. */
export function checkRemovable(
  at: { list: DocElementState[]; owner: Owner; index: number },
  el: DocElementState,
): void {
  if (at.owner.kind === 'section' && isText(el) && at.index === at.list.length - 1) {
    throw gasError("Can't remove the last paragraph in a document section.");
  }
}
