import { introduceData } from '../../../domain/documents/data';
import type { Settings } from '../../../domain/settings';
import type { Target } from '../generate';
import { documentContext } from './context';

/** The order introducing the mentoring model (1.2); `input` is the curators the curator typed. */
export function introductionOrderTargets(settings: Settings, input: string): Target[] {
  const ctx = documentContext(settings);
  return [{ subjectId: '', subject: input.trim(), data: (d, n) => introduceData(ctx(d, n), input) }];
}
