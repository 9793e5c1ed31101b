/**
 * PageBreak and HorizontalRule: listed elements with nothing inside.
 */
import type { DocElementState } from '../core/state';
import { type Session } from './session';
import { ListedImpl } from './listed';

export class LeafImpl extends ListedImpl<DocElementState> {
  constructor(
    session: Session,
    el: DocElementState,
    private type: string,
  ) {
    super(session, el);
  }
  override getType(): string {
    return this.type;
  }
}
