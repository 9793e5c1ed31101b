/**
 * Body: the document's main section.
 */
import { type SectionName } from './model';
import { SectionImpl } from './section';

export class BodyImpl extends SectionImpl {
  protected section: SectionName = 'BODY';
  getType(): string {
    return 'BODY_SECTION';
  }
  override getParent(): null {
    return null;
  }
}
