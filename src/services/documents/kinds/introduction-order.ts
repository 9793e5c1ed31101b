import { introduceData } from '../../../domain/documents/data';
import { parseCurators } from '../../../domain/documents/people';
import { UserFacingError } from '../../errors';
import type { Settings } from '../../../domain/settings';
import type { Target } from '../generate';
import type { Ports } from '../../ports';
import { orderContext } from './context';

/** The order introducing the mentoring model (1.2); `input` is the curators the curator typed. */
export function introductionOrderTargets(ports: Ports, settings: Settings, input: string): Target[] {
  const ctx = orderContext(ports, settings);
  // The curators go to the register one a line, as typed: later orders name them from there.
  const subject = parseCurators(input)
    .map((c) => (c.position ? `${c.name}, ${c.position}` : c.name))
    .join('\n');
  if (!subject)
    throw new UserFacingError(
      'Укажите кураторов: Ф.И.О. и должность, каждого с новой строки (например, «Иванова Мария Петровна, ' +
        'заместитель директора по УВР»).',
    );
  return [{ subjectId: '', subject, data: (d, n) => introduceData(ctx(d, n), input) }];
}
