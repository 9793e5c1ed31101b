import { curatorRefusal, type AccessPurpose } from '../../domain/access';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import { readCurators } from './curators';

/**
 * Stops anyone but the curators that setup recorded (who must also be editors of the spreadsheet). The list
 * comes from the add-on's own record, never from the Настройки sheet, which only shows a copy.
 */
export function assertCurator(ports: Ports, purpose: AccessPurpose = 'action'): void {
  const refusal = curatorRefusal(
    ports.runtime.userEmail(),
    readCurators(ports),
    ports.runtime.editors(),
    purpose,
  );
  if (refusal) throw new UserFacingError(refusal);
}

/** Whether the user may run the curator's actions (the curator's card in Sheets asks before it shows them). */
export function isCurator(ports: Ports): boolean {
  return (
    curatorRefusal(ports.runtime.userEmail(), readCurators(ports), ports.runtime.editors(), 'action') === null
  );
}
