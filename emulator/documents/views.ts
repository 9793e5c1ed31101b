/**
 * How element views hand each other out. A Paragraph returns its parent Body and a Body its Paragraphs, so the
 * element classes cannot import each other without an import cycle: each reaches these constructors through
 * its Session (built once in wrap.ts) and imports only this interface.
 */
import type { DocElementState } from '../core/state';
import type { CellState, Owner, RowState, SectionName, TextEl } from './model';
import type { Session } from './session';

type Element = GoogleAppsScript.Document.Element;

export interface DocumentViews {
  /** The view of any body-level element (or of a detached copy). */
  element(session: Session, el: DocElementState): Element;
  section(session: Session, section: SectionName): Element;
  owner(session: Session, owner: Owner): Element;
  row(session: Session, row: RowState): GoogleAppsScript.Document.TableRow;
  cell(session: Session, cell: CellState): GoogleAppsScript.Document.TableCell;
  text(
    session: Session,
    holders: () => TextEl[],
    parent: () => Element | null,
  ): GoogleAppsScript.Document.Text;
}
