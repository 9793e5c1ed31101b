import { pluralForm, shortName } from '../format/ru';

/** How people are named in documents: signatures, salutations, counted colleagues. */

/** «Попова Л.А.» or «Попова Людмила Александровна» → «Л.А. Попова» (the decoding of a signature). */
export function signatureName(name: string): string {
  const short = shortName(name);
  const [surname, initials] = short.split(' ');
  return initials ? `${initials} ${surname}` : surname;
}

/** «Смирнова Ольга Викторовна» → «Уважаемая Ольга Викторовна!»; the gender is read from the patronymic. */
export function salutation(fullName: string): string {
  const [surname, name, patronymic] = fullName.trim().split(/\s+/);
  if (!name) return 'Уважаемый коллега!';
  const female = patronymic ? /(вна|чна|кызы)$/i.test(patronymic) : /(ова|ева|ина|ая)$/i.test(surname);
  const who = patronymic ? `${name} ${patronymic}` : `${name} ${surname}`;
  return `${female ? 'Уважаемая' : 'Уважаемый'} ${who}!`;
}

/** «Смирнова Ольга Викторовна, учитель математики»; the position is left out when unknown. */
export function nameWithPosition(fullName: string, position: unknown): string {
  const pos = String(position ?? '').trim();
  return pos ? `${fullName}, ${pos}` : fullName;
}

/** «с 1 коллегой», «с 3 коллегами» (the instrumental case after «с»). */
export function colleaguesInstrumental(n: number): string {
  return `${n} ${pluralForm(n, ['коллегой', 'коллегами', 'коллегами'])}`;
}
