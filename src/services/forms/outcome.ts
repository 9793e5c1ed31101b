/** Where a response came from: its sheet and row. */
export interface ResponseOrigin {
  sheetId: number;
  row: number;
}

/** What a questionnaire's response handler did with one response (handlers.ts dispatches by form key). */
export type HandledOutcome =
  | { kind: 'added' | 'updated'; recordId: string }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'noted' };
