import { positionText } from '../format/names';
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
  const pos = positionText(position);
  return pos ? `${fullName}, ${pos}` : fullName;
}

/** «с коллегой», «с 3 коллегами» (the instrumental case after «с»; one colleague needs no numeral). */
export function colleaguesInstrumental(n: number): string {
  return n === 1 ? 'коллегой' : `${n} ${pluralForm(n, ['коллегой', 'коллегами', 'коллегами'])}`;
}

export interface Curator {
  name: string;
  position: string;
}

/**
 * «Иванова Мария Петровна, заместитель директора по УВР» — one curator a line (or separated by «;»): the name
 * up to the first comma, the position after it. Line breaks never reach a document: each line is one curator.
 */
export function parseCurators(text: string): Curator[] {
  return text
    .split(/[\n;]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(',');
      return at < 0
        ? { name: line, position: '' }
        : { name: line.slice(0, at).trim(), position: line.slice(at + 1).trim() };
    })
    .filter((c) => c.name);
}
