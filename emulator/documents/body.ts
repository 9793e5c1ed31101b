/**
 * Body: the document's main section, with the page's margins (in points; a new Google Doc has 72 pt, one
 * inch, on each side). https://developers.google.com/apps-script/reference/document/body#setMarginTop(Number)
 */
import { gasError } from '../core/errors';
import type { PageMargins } from '../core/state';
import { type SectionName } from './model';
import { SectionImpl } from './section';

const DEFAULT_MARGIN = 72;

export class BodyImpl extends SectionImpl {
  protected section: SectionName = 'BODY';
  getType(): string {
    return 'BODY_SECTION';
  }
  override getParent(): null {
    return null;
  }

  private margin(side: keyof PageMargins): number {
    return this._session.requireDoc().margins?.[side] ?? DEFAULT_MARGIN;
  }

  private setMargin(side: keyof PageMargins, points: unknown): this {
    const n = Number(points);
    if (!Number.isFinite(n) || n < 0) throw gasError(`Invalid argument: ${String(points)}`);
    const doc = this._session.requireDoc();
    doc.margins = { ...doc.margins, [side]: n };
    return this;
  }

  getMarginTop(): number {
    return this.margin('top');
  }
  getMarginBottom(): number {
    return this.margin('bottom');
  }
  getMarginLeft(): number {
    return this.margin('left');
  }
  getMarginRight(): number {
    return this.margin('right');
  }
  setMarginTop(points: number): this {
    return this.setMargin('top', points);
  }
  setMarginBottom(points: number): this {
    return this.setMargin('bottom', points);
  }
  setMarginLeft(points: number): this {
    return this.setMargin('left', points);
  }
  setMarginRight(points: number): this {
    return this.setMargin('right', points);
  }
}
