import { recordedMarks, publishDetails, type ConsentDecision } from '../../domain/consents/records';
import type { ParsedResponse } from '../../domain/forms/answers';
import type { FormDefinition } from '../../domain/forms/types';
import type { Ports } from '../ports';
import { formLabel } from '../forms/registry';
import { recordConsents } from './records';

/** The consents a questionnaire's answer decides (a blank optional answer decides nothing). */
function decisionsOf(def: FormDefinition, r: ParsedResponse): ConsentDecision[] {
  const out: ConsentDecision[] = [{ kind: 'pd', state: r.consentPd ? 'дано' : 'не дано' }];
  if (def.target !== 'mentors') return out;
  out.push({ kind: 'mentor', state: r.consentMentor ? 'дано' : 'не дано' });
  const publish = r.values.consentPublish;
  if (publish !== null && publish !== undefined && String(publish).trim() !== '') {
    const categories = Array.isArray(r.values.publishCategories)
      ? (r.values.publishCategories as string[])
      : [];
    out.push(
      r.consentPublish
        ? {
            kind: 'publish',
            state: 'дано',
            details: publishDetails(categories, String(r.values.publishConditions ?? '')),
          }
        : { kind: 'publish', state: 'не дано' },
    );
  }
  return out;
}

/**
 * Records what an answer decides about the person's consents and returns the marks their base row gets: the
 * copy of the records, so the row never says more than the records do.
 */
export function recordAnswerConsents(
  ports: Ports,
  def: FormDefinition,
  r: ParsedResponse,
  personId: string,
  origin: { row: number; identity: string },
): Record<string, unknown> {
  const { current } = recordConsents(ports, {
    personId,
    email: r.email,
    decisions: decisionsOf(def, r),
    source: `${formLabel(def.key)}, ответ в строке ${origin.row}`,
    identity: origin.identity,
  });
  const marks = recordedMarks(current);
  return def.target === 'mentors' ? { ...marks } : { consentPd: marks.consentPd };
}
