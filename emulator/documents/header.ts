/**
 * HeaderSection.
 */
import { type SectionName } from './model';
import { SectionImpl } from './section';

export class HeaderImpl extends SectionImpl {
  protected section: SectionName = 'HEADER';
  getType(): string {
    return 'HEADER_SECTION';
  }
  removeFromParent(): this {
    this._session.requireDoc().header = null;
    return this;
  }
}
