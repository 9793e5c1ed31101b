import { quoted } from '../../domain/format/quotes';
import { formatDate } from '../../domain/format/ru';
import { isDate } from '../../domain/format/values';
import type { DocumentRow } from '../../domain/schema/sheets';
import { decodeFields } from '../../domain/text/action-input';
import { logAction } from '../db/journal';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import type { ActionOutcome } from '../step-actions/step-action';
import { regenerateDocument } from './generate';
import { rowLinks } from './generation-outcome';
import { DATING_OPTIONS, type Redating } from './redating';
import { targetsFor } from './targets';

/**
 * «Сформировать заново» (the sidebar's action is in regenerate-action.ts). A bare register code, as older
 * panels and scripts send it, keeps the former date and number.
 */
function parseInput(input: string): { rowId: string; redating: Redating } {
  const fields = decodeFields(input);
  if (!fields) return { rowId: input.trim(), redating: 'keep' };
  const rowId = (fields.row ?? '').trim();
  const redating = DATING_OPTIONS.find((o) => o.value === fields.dating)?.value;
  if (!rowId || !redating) throw new UserFacingError('Выберите документ и то, как его датировать.');
  return { rowId, redating };
}

/** «№ 3 от 20.09.2022» or «от 20.09.2022». */
function requisites(r: Pick<DocumentRow, 'number' | 'date'>): string {
  const date = isDate(r.date) ? `от ${formatDate(r.date)}` : '';
  return [r.number ? `№ ${r.number}` : '', date].filter(Boolean).join(' ');
}

export function regenerateChosenDocument(ports: Ports, input: string): ActionOutcome {
  const { rowId, redating } = parseInput(input);
  const { row, before } = regenerateDocument(
    ports,
    rowId,
    (decl, r) => {
      const targets = targetsFor(ports, decl, decl.per === 'programme' ? (r.subject ?? '') : '');
      const target = targets.find((t) => t.subjectId === (r.subjectId ?? ''));
      if (!target)
        throw new UserFacingError(
          'Пара или участник этого документа больше не найдены среди утверждённых пар.',
        );
      return target;
    },
    redating,
  );
  const now = requisites(row);
  logAction(ports, 'Документ сформирован заново', `${row.type ?? ''} ${row.id} ${now}`);
  const spent =
    redating === 'today' && before.number && before.number !== row.number
      ? ` Прежний ${requisites(before)} отметьте в журнале регистрации как недействительный.`
      : '';
  return {
    message: `Документ ${quoted(row.type ?? '')} сформирован заново${now ? `: ${now}` : ''}.${spent}`,
    links: rowLinks([row]),
  };
}
