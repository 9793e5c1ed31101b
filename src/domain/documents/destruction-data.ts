import { PD_CATEGORIES, PROCESSOR } from '../consents/templates';
import { genderOf } from '../format/names';
import { quoted } from '../format/quotes';
import { academicYearLabel, countOf, formatDate, formatDateTime } from '../format/ru';
import { commonFields, data, type DocumentContext } from './data';
import type { TemplateData } from './placeholders';

/** The values of the act of destruction and of its log export (destruction-act.ts): pure. */

/** A line the school fills by hand, saying what goes there: the add-on never invents what it cannot know. */
const blank = (what: string) => `________________________________ (${what}: впишите от руки)`;

export interface DestructionSubject {
  /** ФИО, or the e-mail when the person is known by nothing else (a held answer). */
  name: string;
  role: 'mentor' | 'mentee' | 'curator' | 'respondent';
  /** What of theirs outlives the act elsewhere, said in Russian (a continuing mentor's invitation). */
  note?: string;
}

export interface DestructionFacts {
  subjects: readonly DestructionSubject[];
  /** The sheets emptied, and those whose names are replaced, as the erasure does it. */
  clearedSheets: readonly string[];
  scrubbedSheets: readonly string[];
  /** Documents that stay («Приказ № 1 от 14.09.2022»): orders the school keeps by its nomenclature. */
  kept: readonly string[];
  /** The Google account that ran the deletion. */
  actor: string;
  reason: DestructionReason;
}

/** Why the data are destroyed: the year closed (the purpose reached), or the consents' term ran out. */
export type DestructionReason = { kind: 'yearClosed' } | { kind: 'termOver'; termEnd: Date };

const PEOPLE = ['человек', 'человека', 'человек'] as const;

function roleOf(s: DestructionSubject): string {
  if (s.role === 'mentor') return 'наставник';
  if (s.role === 'respondent') return 'респондент анкеты';
  if (s.role === 'curator') return 'куратор программы';
  return genderOf(s.name) === 'female' ? 'наставляемая' : 'наставляемый';
}

/** «Google Таблица программы … с листами …; Google Формы анкет; Google Документы и PDF в папке …». */
function systemName(ctx: DocumentContext): string {
  const s = ctx.settings;
  const folder = `${s.outputFolder}/${academicYearLabel(s.academicYearStart).replace('/', '–')} учебный год`;
  return (
    `${quoted(`Программа наставничества ${s.schoolShort} на ${academicYearLabel(s.academicYearStart)} учебный год`)}` +
    ' — таблица Google (Google Таблицы) программы, анкеты программы в Google Формах, индивидуальные планы, ' +
    `благодарственные письма и иные документы об участниках (Google Документы и PDF) на Google Диске в папке ${quoted(folder)}`
  );
}

/**
 * What the erasure does, as it does it (services/year-close/erase.ts), including what Google keeps: the trash
 * holds a file for 30 days, and a spreadsheet's version history cannot be deleted by a program.
 */
function methodText(f: DestructionFacts): string {
  const names = (list: readonly string[]) => list.map((n) => `«${n}»`).join(', ');
  return [
    `программное удаление надстройкой «Наставник» — строки листов ${names(f.clearedSheets)} таблицы программы ` +
      'очищены; ответы на анкеты удалены с листов ответов и из самих Google Форм, формы закрыты для ответов; ' +
      'в записях листа «Согласия» удалены адреса электронной почты и коды подтверждения; фамилии, имена и ' +
      `адреса на листах ${names(f.scrubbedSheets)} заменены отметкой «[данные удалены]»`,
    'документы об участниках (индивидуальные планы, благодарственные письма, согласия и соглашения для ' +
      'подписи) и их PDF перемещены в корзину Google Диска: Google окончательно удаляет файлы из корзины ' +
      'через 30 дней, владелец файлов может очистить корзину раньше',
    'прежние значения ячеек остаются в истории версий таблицы (Файл — История версий), доступной её ' +
      'редакторам: удалить историю версий таблицы программно Google не позволяет',
  ].join('; ');
}

function reasonText(ctx: DocumentContext, reason: DestructionReason): string {
  if (reason.kind === 'termOver')
    return (
      `истечение срока действия согласий на обработку персональных данных (${formatDate(reason.termEnd)}), ` +
      'указанного в согласиях участников программы наставничества'
    );
  return (
    `достижение цели обработки персональных данных: программа наставничества ${academicYearLabel(ctx.settings.academicYearStart)} ` +
    'учебного года завершена, учебный год закрыт (часть 4 статьи 21 Федерального закона от 27.07.2006 ' +
    '№ 152-ФЗ «О персональных данных»)'
  );
}

function keptText(f: DestructionFacts): string {
  const orders = f.kept.length ? ` (${f.kept.join('; ')})` : '';
  return (
    `приказы с фамилиями и должностями участников${orders} — документы и PDF хранятся в сроки, установленные ` +
    'номенклатурой дел, как сказано в согласии на обработку персональных данных; сведения в этих ' +
    'приказах уничтожаются по истечении сроков их хранения'
  );
}

function sharedFields(
  ctx: DocumentContext,
  subjects: number,
  destroyedAt: Date,
  reason: DestructionReason,
): TemplateData['fields'] {
  return {
    ...commonFields(ctx),
    'subjects.count': countOf(subjects, PEOPLE),
    categories: PD_CATEGORIES.join('; '),
    system: systemName(ctx),
    reason: reasonText(ctx, reason),
    'destroyed.date': formatDate(destroyedAt),
  };
}

/** The act: dated the day of the destruction, which the year's close runs right after it. */
export function destructionActData(ctx: DocumentContext, f: DestructionFacts): TemplateData {
  const s = ctx.settings;
  return data(
    {
      ...sharedFields(ctx, f.subjects.length, ctx.date, f.reason),
      'operator.address': s.schoolAddress?.trim() || blank('адрес школы не указан в настройках программы'),
      processor: PROCESSOR,
      method: methodText(f),
      kept: keptText(f),
      actor: f.actor,
    },
    {
      subjects: f.subjects.map((x, i) => ({
        n: String(i + 1),
        name: x.name,
        role: roleOf(x),
        note: x.note ?? '',
      })),
      // Who destroyed the data is not in the add-on's settings: two lines to fill by hand.
      destroyers: [1, 2].map(() => ({ name: blank('фамилия, имя, отчество'), position: blank('должность') })),
    },
  );
}

export interface LoggedEvent {
  at: Date;
  user: string;
  action: string;
  details: string;
}

/** The export of the Журнал rows of the deletion, the act's appendix; the act holds the names. */
export function destructionLogData(
  ctx: DocumentContext,
  act: { date: Date; subjects: number; reason: DestructionReason },
  events: readonly LoggedEvent[],
): TemplateData {
  const destroyedAt = events.length ? events[events.length - 1].at : act.date;
  return data(
    { ...sharedFields(ctx, act.subjects, destroyedAt, act.reason), 'act.date': formatDate(act.date) },
    {
      events: events.map((e, i) => ({
        n: String(i + 1),
        at: formatDateTime(e.at),
        user: e.user,
        action: e.action,
        details: e.details,
      })),
    },
  );
}
