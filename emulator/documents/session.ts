/**
 * One opened Document object and everything obtained from it; views refuse every call once it is closed.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { DocElementState, DocumentState } from '../core/state';
import type { CellState, Owner, RowState, SectionName, TextEl } from './model';

type Element = GoogleAppsScript.Document.Element;

const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';

/** One opened Document object and everything obtained from it. */
export class Session {
  closed = false;
  constructor(
    readonly ctx: EmulatorContext,
    readonly docId: string,
    /** The element views, passed in so that element classes need not import each other (wrap.ts). */
    readonly views: DocumentViews,
  ) {}

  doc(): DocumentState | undefined {
    return this.ctx.state.documents[this.docId];
  }

  requireDoc(): DocumentState {
    const doc = this.doc();
    if (!doc) throw gasError("Document is missing (perhaps it was deleted, or you don't have read access?)");
    return doc;
  }
}

/** Wraps a view for scripts: counts calls (ctx.wrap) and refuses every call once the document is closed. */
export function wrapGuarded<T>(session: Session, impl: object, typeName: string, open: string[] = []): T {
  // Methods run with `this` = this guard (not the counting wrapper), so internal calls are neither counted
  // nor exposed, and `return this` is recognised by ctx.wrap as chaining.
  const guarded: object = new Proxy(impl, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, guarded) as unknown;
      if (
        typeof value !== 'function' ||
        typeof prop !== 'string' ||
        prop.startsWith('_') ||
        open.includes(prop)
      ) {
        return value;
      }
      return (...args: unknown[]) => {
        if (session.closed) throw gasError(CLOSED_MESSAGE);
        return (value as (...a: unknown[]) => unknown).apply(guarded, args);
      };
    },
  });
  return session.ctx.wrap<T>(guarded, typeName);
}

/**
 * How element views hand each other out. A Paragraph returns its parent Body and a Body its Paragraphs, so the
 * element classes cannot import each other without an import cycle: each reaches these constructors through
 * its Session (built once in wrap.ts).
 */
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
