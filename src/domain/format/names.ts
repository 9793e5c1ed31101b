import petrovich from 'petrovich';

/**
 * Declension of people's names and positions for official texts: «Объявить благодарность Смирновой Ольге
 * Викторовне, учителю», «Назначить кураторами Иванову Марию Петровну, заместителя директора». Names go through
 * petrovich (its rule set is the reference one; on the demo school's 40 names it gives the same 160 forms as
 * lvovich, declines «Любовь» where lvovich does not, and costs 13 KB against lvovich's 33–44 KB).
 */

export type GrammaticalCase = 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
export type Gender = 'male' | 'female';

const INITIALS = /^(\p{Lu}\.){1,2}$/u;

/** The gender of «Фамилия Имя Отчество» (from the patronymic, else the surname's ending); null if unknown. */
export function genderOf(fullName: string): Gender | null {
  const [last, , middle] = fullName.trim().split(/\s+/);
  if (middle && !INITIALS.test(middle)) {
    if (/(вна|чна|кызы|гызы)$/i.test(middle)) return 'female';
    if (/(ич|оглы|улы|уулу)$/i.test(middle)) return 'male';
  }
  if (!last) return null;
  if (/(ова|ева|ёва|ина|ына|ая|ская|цкая)$/i.test(last)) return 'female';
  if (/(ов|ев|ёв|ин|ын|ий|ой|ский|цкий)$/i.test(last)) return 'male';
  return null;
}

/** «Смирнова Ольга Викторовна» in the case asked; initials («Смирнова О.В.») stay as they are. */
export function declineName(fullName: string, gcase: GrammaticalCase): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return '';
  const gender = genderOf(fullName) ?? 'androgynous';
  const [last, ...rest] = parts;
  const first = rest[0] && !INITIALS.test(rest[0]) ? rest[0] : undefined;
  const middle = first && rest[1] && !INITIALS.test(rest[1]) ? rest[1] : undefined;
  const out = petrovich({ gender, last, first, middle }, gcase);
  const words = [out.last ?? last];
  if (first) words.push(out.first ?? first);
  if (middle) words.push(out.middle ?? middle);
  // Whatever petrovich did not take (initials, a fourth word) is kept unchanged.
  words.push(...rest.slice(words.length - 1));
  return words.join(' ');
}

/**
 * Head nouns of school positions and their forms: the position is declined by its first word(s) («учитель
 * математики» → «учителю математики»), the dependent words stay in the genitive they already are in.
 */
const POSITION_HEADS: Record<string, Record<GrammaticalCase, string>> = {
  учитель: {
    genitive: 'учителя',
    dative: 'учителю',
    accusative: 'учителя',
    instrumental: 'учителем',
    prepositional: 'учителе',
  },
  педагог: {
    genitive: 'педагога',
    dative: 'педагогу',
    accusative: 'педагога',
    instrumental: 'педагогом',
    prepositional: 'педагоге',
  },
  заместитель: {
    genitive: 'заместителя',
    dative: 'заместителю',
    accusative: 'заместителя',
    instrumental: 'заместителем',
    prepositional: 'заместителе',
  },
  директор: {
    genitive: 'директора',
    dative: 'директору',
    accusative: 'директора',
    instrumental: 'директором',
    prepositional: 'директоре',
  },
  методист: {
    genitive: 'методиста',
    dative: 'методисту',
    accusative: 'методиста',
    instrumental: 'методистом',
    prepositional: 'методисте',
  },
  психолог: {
    genitive: 'психолога',
    dative: 'психологу',
    accusative: 'психолога',
    instrumental: 'психологом',
    prepositional: 'психологе',
  },
  логопед: {
    genitive: 'логопеда',
    dative: 'логопеду',
    accusative: 'логопеда',
    instrumental: 'логопедом',
    prepositional: 'логопеде',
  },
  дефектолог: {
    genitive: 'дефектолога',
    dative: 'дефектологу',
    accusative: 'дефектолога',
    instrumental: 'дефектологом',
    prepositional: 'дефектологе',
  },
  преподаватель: {
    genitive: 'преподавателя',
    dative: 'преподавателю',
    accusative: 'преподавателя',
    instrumental: 'преподавателем',
    prepositional: 'преподавателе',
  },
  воспитатель: {
    genitive: 'воспитателя',
    dative: 'воспитателю',
    accusative: 'воспитателя',
    instrumental: 'воспитателем',
    prepositional: 'воспитателе',
  },
  библиотекарь: {
    genitive: 'библиотекаря',
    dative: 'библиотекарю',
    accusative: 'библиотекаря',
    instrumental: 'библиотекарем',
    prepositional: 'библиотекаре',
  },
  советник: {
    genitive: 'советника',
    dative: 'советнику',
    accusative: 'советника',
    instrumental: 'советником',
    prepositional: 'советнике',
  },
  руководитель: {
    genitive: 'руководителя',
    dative: 'руководителю',
    accusative: 'руководителя',
    instrumental: 'руководителем',
    prepositional: 'руководителе',
  },
};

/** Adjectives in front of the head: «социальный педагог», «старший методист». */
function declineAdjective(word: string, gcase: GrammaticalCase): string {
  const stem = word.slice(0, -2);
  // «-ый» and «-кий» take hard endings; «-ший», «-ний» and the like take soft ones.
  const soft = word.endsWith('ий') && !/[гкх]ий$/.test(word);
  const soft2 = soft ? 'е' : 'о';
  const forms: Record<GrammaticalCase, string> = {
    genitive: `${stem}${soft2}го`,
    dative: `${stem}${soft2}му`,
    accusative: `${stem}${soft2}го`,
    instrumental: `${stem}${word.endsWith('ый') ? 'ым' : 'им'}`,
    prepositional: `${stem}${soft2}м`,
  };
  return forms[gcase];
}

/** A position as it stands inside a sentence: lower-case («Учитель» → «учитель»), single-spaced. */
export function positionText(position: unknown): string {
  const text = String(position ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  // An abbreviation (ОБЗР, УВР) keeps its capitals; only a capitalised first word is lowered.
  return text.replace(/^(\p{Lu})(\p{Ll})/u, (_, a: string, b: string) => a.toLocaleLowerCase('ru') + b);
}

/**
 * «учитель математики» → «учителю математики» (dative); «педагог-психолог» → «педагогу-психологу»; «социальный
 * педагог» → «социальному педагогу». A position whose head is not known is returned lower-cased but unchanged:
 * better an undeclined position than a wrong ending.
 */
export function declinePosition(position: unknown, gcase: GrammaticalCase): string {
  const text = positionText(position);
  const words = text.split(' ');
  let i = 0;
  const out: string[] = [];
  while (i < words.length && /(ый|ий)$/.test(words[i]) && !POSITION_HEADS[words[i]]) {
    out.push(declineAdjective(words[i], gcase));
    i++;
  }
  const head = words[i];
  if (head === undefined) return text;
  const parts = head.split('-');
  if (!parts.every((p) => POSITION_HEADS[p])) return text;
  out.push(parts.map((p) => POSITION_HEADS[p][gcase]).join('-'));
  return [...out, ...words.slice(i + 1)].join(' ');
}

/** «Смирновой Ольге Викторовне, учителю» — a name and its position in one case. */
export function declinePerson(fullName: string, position: unknown, gcase: GrammaticalCase): string {
  const name = declineName(fullName, gcase);
  const pos = declinePosition(position, gcase);
  return pos ? `${name}, ${pos}` : name;
}
