import type { DocumentKind } from '../../domain/documents/kinds';
import type { ProgrammeFacts } from '../../domain/roadmap/facts';
import { onDemand } from '../on-demand/load';
import type { StepAction } from '../step-actions/step-action';
import { DATING_OPTIONS } from './redating';

/** «Сформировать заново» for the documents of these kinds made at the step (regenerate.ts does it). */
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
    run: ({ ports }, input) => onDemand().regenerateChosenDocument(ports, input),
  };
}
