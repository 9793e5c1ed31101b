/**
 * The DocumentApp element views: Body, HeaderSection, FooterSection, Paragraph, ListItem, Table, TableRow,
 * TableCell, Text, RangeElement, PageBreak, HorizontalRule. Each view is a thin object over a DocElementState
 * (or a table row/cell) that lives in ctx.state.documents, so every change is a change of the state.
 *
 * Views share a Session with the Document object that produced them: after saveAndClose every call on them
 * throws, as in Apps Script. A `copy()` is a detached element (no parent) until it is inserted somewhere.
 * This module is the one place that constructs them; each class lives in its own file.
 */
import { BodyImpl } from './body';
import { FooterImpl } from './footer';
import { HeaderImpl } from './header';
import { LeafImpl } from './leaf';
import { ListItemImpl } from './list-item';
import { ParagraphImpl } from './paragraph';
import { type DocumentViews, wrapGuarded } from './session';
import { TableImpl } from './table';
import { TableCellImpl } from './table-cell';
import { TableRowImpl } from './table-row';
import { TextImpl } from './text';

export const documentViews: DocumentViews = {
  element(session, el) {
    switch (el.type) {
      case 'PARAGRAPH':
        return wrapGuarded(session, new ParagraphImpl(session, el), 'Paragraph');
      case 'LIST_ITEM':
        return wrapGuarded(session, new ListItemImpl(session, el), 'ListItem');
      case 'TABLE':
        return wrapGuarded(session, new TableImpl(session, el), 'Table');
      case 'PAGE_BREAK':
        return wrapGuarded(session, new LeafImpl(session, el, 'PAGE_BREAK'), 'PageBreak');
      case 'HORIZONTAL_RULE':
        return wrapGuarded(session, new LeafImpl(session, el, 'HORIZONTAL_RULE'), 'HorizontalRule');
    }
  },
  section(session, section) {
    if (section === 'BODY') return wrapGuarded(session, new BodyImpl(session), 'Body');
    if (section === 'HEADER') return wrapGuarded(session, new HeaderImpl(session), 'HeaderSection');
    return wrapGuarded(session, new FooterImpl(session), 'FooterSection');
  },
  owner(session, owner) {
    return owner.kind === 'section'
      ? documentViews.section(session, owner.section)
      : documentViews.cell(session, owner.cell);
  },
  row: (session, row) => wrapGuarded(session, new TableRowImpl(session, row), 'TableRow'),
  cell: (session, cell) => wrapGuarded(session, new TableCellImpl(session, cell), 'TableCell'),
  text: (session, holders, parent) => wrapGuarded(session, new TextImpl(session, holders, parent), 'Text'),
};
