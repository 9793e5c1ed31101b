/**
 * How long the programme keeps personal data, as the consent texts state it (domain/consents/templates.ts,
 * point 5): a consent is given for the academic year and ends on 31 August of its second calendar year; then,
 * or once the year is closed, the data is deleted, except what orders and other documents the school must
 * keep hold (the nomenclature of files).
 */

/** The last moment of the consents of the academic year that starts in `academicYearStart`. */
export function consentTermEnd(academicYearStart: number): Date {
  return new Date(academicYearStart + 1, 7, 31, 23, 59, 59, 999);
}

/** Whether the consents of that academic year have run out at `now`. */
export function consentTermOver(academicYearStart: number, now: Date): boolean {
  return now.getTime() > consentTermEnd(academicYearStart).getTime();
}

/**
 * Days a held answer (from an unverified address) waits for the code from its mail. The code is passed on by
 * the teacher within days; an answer nobody confirmed in two weeks is not that teacher's, and keeping it
 * longer would keep data nobody consented to.
 */
export const HOLD_DAYS = 14;

export function holdExpired(heldAt: Date | null, now: Date): boolean {
  return !heldAt || now.getTime() - heldAt.getTime() > HOLD_DAYS * 86400000;
}

/** The next academic year's workbook, named as a curator would look for it in the programme's folder. */
export function nextWorkbookName(schoolShort: string, academicYearStart: number): string {
  const next = academicYearStart + 1;
  return `Наставничество ${next}/${next + 1} — ${schoolShort}`;
}
