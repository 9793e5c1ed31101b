/**
 * What every element view shares: its type, parent, and the as*() casts.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import { type Session } from './session';

type Element = GoogleAppsScript.Document.Element;

export abstract class NodeImpl {
  constructor(readonly _session: Session) {}

  protected get ctx(): EmulatorContext {
    return this._session.ctx;
  }

  abstract getType(): string;

  getParent(): Element | null {
    return null;
  }

  asParagraph(): this {
    return this.cast('PARAGRAPH', 'Paragraph');
  }
  asListItem(): this {
    return this.cast('LIST_ITEM', 'ListItem');
  }
  asTable(): this {
    return this.cast('TABLE', 'Table');
  }
  asTableRow(): this {
    return this.cast('TABLE_ROW', 'TableRow');
  }
  asTableCell(): this {
    return this.cast('TABLE_CELL', 'TableCell');
  }
  asText(): this {
    return this.cast('TEXT', 'Text');
  }
  asBody(): this {
    return this.cast('BODY_SECTION', 'Body');
  }
  asHeaderSection(): this {
    return this.cast('HEADER_SECTION', 'HeaderSection');
  }
  asFooterSection(): this {
    return this.cast('FOOTER_SECTION', 'FooterSection');
  }
  asPageBreak(): this {
    return this.cast('PAGE_BREAK', 'PageBreak');
  }
  asHorizontalRule(): this {
    return this.cast('HORIZONTAL_RULE', 'HorizontalRule');
  }

  private cast(type: string, name: string): this {
    if (this.getType() !== type) throw gasError(`Cannot cast ${this.getType()} to ${name}.`);
    return this;
  }
}
