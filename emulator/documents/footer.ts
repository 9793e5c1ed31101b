/**
 * FooterSection.
 */
import { type SectionName } from './model';
import { SectionImpl } from './section';

export class FooterImpl extends SectionImpl {
  protected section: SectionName = 'FOOTER';
  getType(): string {
    return 'FOOTER_SECTION';
  }
  removeFromParent(): this {
    this._session.requireDoc().footer = null;
    return this;
  }
}
