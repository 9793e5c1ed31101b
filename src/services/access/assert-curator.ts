import { curatorRefusal } from '../../domain/access';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import { readSettings } from '../setup/settings';

/** Stops a stage action for anyone but the programme's curators (who must also be editors of the sheet). */
export function assertCurator(ports: Ports): void {
  const refusal = curatorRefusal(
    ports.runtime.userEmail(),
    readSettings(ports).curators,
    ports.runtime.editors(),
  );
  if (refusal) throw new UserFacingError(refusal);
}
