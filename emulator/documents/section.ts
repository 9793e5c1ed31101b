/**
 * A document section (Body, HeaderSection, FooterSection): a container at the top level.
 */
import { gasError, NotEmulatedError } from '../core/errors';
import type { DocElementState } from '../core/state';
import { type SectionName } from './model';
import { ContainerImpl } from './container';

export abstract class SectionImpl extends ContainerImpl {
  protected abstract section: SectionName;
  protected isSection(): boolean {
    return true;
  }
  _list(): DocElementState[] {
    const doc = this._session.requireDoc();
    const list = this.section === 'BODY' ? doc.body : this.section === 'HEADER' ? doc.header : doc.footer;
    if (!list) throw gasError(`The document has no ${this.section.toLowerCase()} section.`);
    return list;
  }
  get _el(): unknown {
    return this._list();
  }
  copy(): never {
    throw new NotEmulatedError(`${this.getType()}.copy`);
  }
}
