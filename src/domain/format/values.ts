/** Value checks that work across realms (a Date from the Sheets service is not always this realm's Date). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(s: string): boolean {
  return EMAIL.test(s.trim());
}

export function normalizeEmail(s: string): string {
  return s.trim().toLowerCase();
}
