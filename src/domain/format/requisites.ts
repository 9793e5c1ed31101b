/**
 * The operator's requisites a consent must name (Приказ Роскомнадзора № 18: ИНН, ОГРН, address, the site):
 * checked by their control digits, so a typo is caught at setup, not in a signed consent.
 */

const digits = (s: string) => s.replace(/\s+/g, '');

/** ИНН of an organisation: 10 digits, the last a check digit (weights 2 4 10 3 5 9 4 6 8). */
export function isOrganisationInn(text: string): boolean {
  const s = digits(text);
  if (!/^\d{10}$/.test(s)) return false;
  const w = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = w.reduce((acc, k, i) => acc + k * Number(s[i]), 0);
  return (sum % 11) % 10 === Number(s[9]);
}

/** ОГРН: 13 digits, the last is (the first 12 as a number mod 11) mod 10. */
export function isOgrn(text: string): boolean {
  const s = digits(text);
  if (!/^\d{13}$/.test(s)) return false;
  // Twelve digits stay below 2^53, so plain numbers are exact (and the client pages need no BigInt).
  return (Number(s.slice(0, 12)) % 11) % 10 === Number(s[12]);
}

/** The school's site: an http(s) address with a host. */
export function isSiteAddress(text: string): boolean {
  return /^https?:\/\/[^\s/.]+\.[^\s/]+(\/\S*)?$/i.test(text.trim());
}

/** Russian messages for requisites that are filled but wrong; empty ones are checked where they are needed. */
export function requisiteErrors(r: { inn?: string; ogrn?: string; site?: string }): string[] {
  const out: string[] = [];
  if (r.inn && !isOrganisationInn(r.inn))
    out.push(
      `ИНН «${r.inn}» неверен: у организации 10 цифр, последняя — контрольная. Проверьте по выписке ЕГРЮЛ.`,
    );
  if (r.ogrn && !isOgrn(r.ogrn))
    out.push(`ОГРН «${r.ogrn}» неверен: 13 цифр, последняя — контрольная. Проверьте по выписке ЕГРЮЛ.`);
  if (r.site && !isSiteAddress(r.site))
    out.push(
      `Адрес сайта «${r.site}» не похож на адрес: укажите его полностью, например https://school4.example.ru.`,
    );
  return out;
}
