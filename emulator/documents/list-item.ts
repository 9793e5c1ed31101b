/**
 * ListItem: a paragraph with a list id, nesting level and glyph.
 */
import { gasError } from '../core/errors';
import type { DocElementState } from '../core/state';
import { internals } from './children';
import { ParagraphImpl } from './paragraph';

export class ListItemImpl extends ParagraphImpl {
  private item(): Extract<DocElementState, { type: 'LIST_ITEM' }> {
    return this._el as Extract<DocElementState, { type: 'LIST_ITEM' }>;
  }
  getNestingLevel(): number {
    return this.item().nesting;
  }
  setNestingLevel(nestingLevel: number): this {
    this.item().nesting = Number(nestingLevel);
    return this;
  }
  getGlyphType(): string {
    return this.item().glyph;
  }
  setGlyphType(glyphType: string): this {
    this.item().glyph = String(glyphType);
    return this;
  }
  getListId(): string {
    return this.item().listId;
  }
  setListId(listItem: unknown): this {
    const inner = internals(listItem);
    const other = inner?.el as DocElementState | undefined;
    if (!other || other.type !== 'LIST_ITEM') throw gasError('Invalid argument: listItem');
    this.item().listId = other.listId;
    return this;
  }
  override getAttributes(): Record<string, unknown> {
    const attrs = super.getAttributes();
    attrs.NESTING_LEVEL = this.item().nesting;
    attrs.GLYPH_TYPE = this.item().glyph;
    attrs.LIST_ID = this.item().listId;
    return attrs;
  }
}
