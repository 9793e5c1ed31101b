/**
 * RangeElement: a findText match, and the search that produces it.
 */
import { type TextEl, compilePattern } from './model';
import { type Session } from './session';

/** Finds the first match after `from` (a RangeElement from an earlier findText) among the text elements. */
export function findIn(
  session: Session,
  holders: TextEl[],
  searchPattern: string,
  from: unknown,
): GoogleAppsScript.Document.RangeElement | null {
  let startHolder = 0;
  let startOffset = 0;
  const prev = from as { _holder?: TextEl; _end?: number } | null | undefined;
  if (prev && prev._holder) {
    const i = holders.indexOf(prev._holder);
    if (i >= 0) {
      startHolder = i;
      startOffset = (prev._end ?? -1) + 1;
    }
  }
  const re = compilePattern(searchPattern, true);
  for (let i = startHolder; i < holders.length; i++) {
    const h = holders[i];
    re.lastIndex = i === startHolder ? startOffset : 0;
    const m = re.exec(h.text);
    if (m && m[0] !== '') {
      return session.ctx.wrap(
        new RangeElementImpl(session, h, m.index, m.index + m[0].length - 1),
        'RangeElement',
      );
    }
  }
  return null;
}

class RangeElementImpl {
  constructor(
    private session: Session,
    readonly _holder: TextEl,
    private start: number,
    readonly _end: number,
  ) {}

  getElement(): GoogleAppsScript.Document.Text {
    const h = this._holder;
    return this.session.views.text(
      this.session,
      () => [h],
      () => this.session.views.element(this.session, h),
    );
  }
  getStartOffset(): number {
    return this.start;
  }
  getEndOffsetInclusive(): number {
    return this._end;
  }
  isPartial(): boolean {
    return true;
  }
}
