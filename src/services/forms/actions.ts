import type { FormKey } from '../../domain/forms/types';
import { countOf } from '../../domain/format/ru';
import { REBUILD_LABEL } from '../../domain/forms/intake';
import type { ProgrammeFacts } from '../../domain/roadmap/facts';
import type { StepAction } from '../step-actions/step-action';
import { UserFacingError } from '../errors';
import { rebuildFromResponses } from './ingest';
import { formLabel } from './registry';
import { summaryLines } from './summary';
import type { WithdrawResult } from './withdraw';
import { quoted } from '../../domain/format/quotes';
import { onDemand } from '../on-demand/load';

/** `which` names the form in a step that has several («самооценка до»). */
export function formAction(key: FormKey, step: string, which = ''): StepAction {
  const named = which ? ` ${quoted(which)}` : '';
  return {
    id: `form:${key}`,
    step,
    label: (f) => `${f.forms[key]?.created ? 'Обновить' : 'Создать'} анкету${named}`,
    done: (f) => !!f.forms[key]?.created,
    unavailable: (f) => (f.configured ? null : 'Сначала настройте программу'),
    run({ ports }) {
      const { record, created, invitation } = onDemand().createOrUpdateForm(ports, key);
      return {
        message: created
          ? `Анкета создана: ${quoted(formLabel(key))}. Ответы будут попадать на лист «${record.sheetName}».`
          : `Анкета обновлена, ответы сохранены.`,
        links: [
          { label: 'Ссылка для педагогов', url: record.shortUrl || record.publishedUrl },
          { label: 'Редактировать форму', url: record.editUrl },
        ],
        copyText: invitation,
      };
    },
  };
}

/** Answers of the step's questionnaire (2.2 mentees, 3.2 mentors) not yet in the base. */
const pendingOf = (f: ProgrammeFacts, step: string) =>
  f.forms[step === '2.2' ? 'mentee' : 'mentor']?.pending ?? 0;

function rebuildAction(step: string): StepAction {
  return {
    id: `intake:rebuild:${step}`,
    step,
    label: REBUILD_LABEL,
    // The step's next thing to do while answers wait outside the base; otherwise a correction under «Ещё».
    secondary: (f) => !pendingOf(f, step),
    done: (f) => !pendingOf(f, step),
    unavailable: (f) =>
      f.forms.mentee?.created || f.forms.mentor?.created ? null : 'Сначала создайте анкеты',
    run({ ports }) {
      const c = rebuildFromResponses(ports);
      return {
        message: `База пересобрана: добавлено ${c.added}, обновлено ${c.updated}, без согласия ${c.refused}, не принято ${c.invalid}.`,
      };
    },
  };
}

export const INTAKE_ACTIONS: StepAction[] = [
  formAction('prelim', '1.3'),
  {
    id: 'intake:prelimSummary',
    step: '1.3',
    label: 'Сводка запросов',
    unavailable: (f) => (f.forms.prelim?.created ? null : 'Сначала создайте анкету предварительных запросов'),
    run({ ports }) {
      const s = onDemand().summarizePrelim(ports);
      if (!s) throw new UserFacingError('Анкета предварительных запросов ещё не создана.');
      return {
        message: `Сводка по ${countOf(s.answers, ['ответу', 'ответам', 'ответам'])}.`,
        details: summaryLines(s),
      };
    },
  },
  formAction('mentee', '2.1'),
  {
    id: 'intake:import',
    step: '2.1',
    label: 'Добавить сведения из таблицы',
    secondary: true,
    input: {
      label: 'Вставьте таблицу из Excel или Google Таблиц: столбцы «Эл. почта» и «Доп. сведения куратора»',
      kind: 'textarea',
      placeholder: 'Эл. почта\tДоп. сведения куратора\nivanova@school.ru\tРекомендация аттестации: …',
    },
    unavailable: (f) => (f.mentees.total + f.mentors.total ? null : 'В базах пока никого нет'),
    run({ ports }, text) {
      const r = onDemand().importCuratorNotes(ports, text);
      return {
        message: `Сведения добавлены для ${countOf(r.updated, ['педагога', 'педагогов', 'педагогов'])}.`,
        details: [
          ...(r.unknown.length ? [`Нет в базах: ${r.unknown.join(', ')}`] : []),
          ...(r.invalid ? [`Строк без корректной эл. почты: ${r.invalid}`] : []),
        ],
      };
    },
  },
  rebuildAction('2.2'),
  {
    id: 'intake:withdraw',
    step: '2.2',
    label: 'Отзыв согласия',
    secondary: true,
    relevant: (f) => f.choices.people.length > 0,
    input: (f) => ({ label: 'Кто отозвал согласие', kind: 'select', options: f.choices.people }),
    confirm: 'Данные участника будут удалены из баз, листов ответов и форм. Продолжить?',
    run({ ports }, email) {
      const r = ports.lock.withDocumentLock(() => onDemand().withdrawPerson(ports, email));
      if (!r.people.length && !r.responsesErased)
        return { message: 'Участник с такой эл. почтой не найден; удалять нечего.' };
      return {
        message: `Данные удалены: записей в базах ${r.people.length}, ответов ${r.responsesErased}.`,
        details: withdrawalDetails(r),
      };
    },
  },
  formAction('mentor', '3.1'),
  rebuildAction('3.2'),
];

/** Exactly what the withdrawal did and what still names the person, for the curator. */
function withdrawalDetails(r: WithdrawResult): string[] {
  const sheets = Object.entries(r.traces.sheets).map(([name, n]) => `«${name}» (${n})`);
  return [
    ...(r.pairs.length ? [`Требуют решения пары/группы (этап 5.1): ${r.pairs.join(', ')}`] : []),
    ...(sheets.length ? [`Имя и эл. почта удалены с листов: ${sheets.join(', ')}`] : []),
    ...(r.traces.trashed.length ? [`В корзину перемещены: ${r.traces.trashed.join('; ')}`] : []),
    ...(r.traces.retained.length
      ? ['Остаётся:', ...r.traces.retained]
      : ['Больше нигде в таблице и созданных документах имя и эл. почта участника не остались.']),
  ];
}
