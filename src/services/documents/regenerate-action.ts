import type { DocumentKind } from '../../domain/documents/kinds';
import { quoted } from '../../domain/format/quotes';
import { formatDate } from '../../domain/format/ru';
import { isDate } from '../../domain/format/values';
import type { ProgrammeFacts } from '../../domain/roadmap/facts';
import type { DocumentRow } from '../../domain/schema/sheets';
import { decodeFields } from '../../domain/text/action-input';
import { logAction } from '../db/journal';
import { UserFacingError } from '../errors';
import type { StepAction } from '../step-actions/step-action';
import { regenerateDocument, type Redating } from './generate';
import { rowLinks } from './generation-outcome';
import { targetsFor } from './targets';

/**
 * «Сформировать заново»: the curator picks the document and how it is dated — today with the register's next
 * number (the usual case: a corrected order is a new order), or its former date and number (a typo fixed the
 * same day). A bare register code, as older panels and scripts send it, keeps the former date and number.
 */

const DATING_OPTIONS: { value: Redating; label: string }[] = [
  { value: 'today', label: 'Сегодняшняя дата и новый номер по реестру' },
  { value: 'keep', label: 'Прежние дата и номер' },
];

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

export function regenerateAction(step: string, kinds: DocumentKind[]): StepAction {
  const made = (f: ProgrammeFacts) => kinds.flatMap((k) => f.choices.documentsByKind[k] ?? []);
  return {
    id: `documents:regenerate:${step}`,
    step,
    label: 'Сформировать заново',
    secondary: true,
    relevant: (f) => made(f).length > 0,
    input: (f) => ({
      label: 'Документ',
      kind: 'fields',
      fields: [
        { name: 'row', label: 'Какой документ', kind: 'select', options: made(f) },
        { name: 'dating', label: 'Дата и номер', kind: 'select', options: DATING_OPTIONS },
      ],
    }),
    confirm: 'Прежний документ и его PDF будут перемещены в корзину. Продолжить?',
    run({ ports }, input) {
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
    },
  };
}
