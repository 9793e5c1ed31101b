/** How a regenerated document is dated: as before, or today with the register's next number. */
export type Redating = 'keep' | 'today';

/**
 * «Сформировать заново»: the curator picks the document and how it is dated — today with the register's next
 * number (the usual case: a corrected order is a new order), or its former date and number (a typo fixed the
 * same day).
 */
export const DATING_OPTIONS: { value: Redating; label: string }[] = [
  { value: 'today', label: 'Сегодняшняя дата и новый номер по реестру' },
  { value: 'keep', label: 'Прежние дата и номер' },
];
