import { formatDate } from '../../domain/format/ru';
import { MEETING_LINE_FORMAT, meetingsByPair, pairTitle } from '../../domain/meetings';
import { capitalised, countOf, counted } from '../../domain/format/ru';
import { openDatabase } from '../db/database';
import { formAction } from '../forms/actions';
import { needsApprovedPairs, type StepAction } from '../step-actions/step-action';
import { FORMATS } from '../../domain/forms/topics';
import { linePart, requireFields } from '../step-actions/fields';
import { loadProgrammePairs } from './pairs';
import { addMeetingsFromText } from './record';
import { runWeeklyMeetingCheck, scheduleWeeklyCheck } from './reminders';
import { CALENDAR_PLAN_ACTION } from './calendar-plan';

const MEETINGS: [string, string, string] = ['встреча', 'встречи', 'встреч'];

const meetingForm = formAction('meeting', '6.1', 'отчёт о встрече');

/** Step 6.1: the meeting report form (and the weekly check with it), entry by hand, per-pair counts. */
export const MEETING_ACTIONS: StepAction[] = [
  {
    ...meetingForm,
    run(ctx, input) {
      const outcome = meetingForm.run(ctx, input);
      const scheduled = scheduleWeeklyCheck(ctx.ports);
      return {
        ...outcome,
        details: scheduled
          ? ['Включена еженедельная проверка: кураторам придёт письмо о парах, давно не встречавшихся.']
          : [],
      };
    },
  },
  {
    id: 'meetings:record',
    step: '6.1',
    label: 'Внести встречу',
    input: (f) => ({
      label: 'Встреча',
      kind: 'fields',
      fields: [
        { name: 'pair', label: 'Пара/группа', kind: 'select', options: f.choices.pairs },
        { name: 'date', label: 'Дата', kind: 'date' },
        { name: 'topic', label: 'Тема', kind: 'text', placeholder: 'Планирование урока' },
        {
          name: 'format',
          label: 'Формат',
          kind: 'select',
          options: FORMATS.map((v) => ({ value: v, label: v })),
          optional: true,
        },
        { name: 'minutes', label: 'Минут', kind: 'number', placeholder: '45', optional: true },
        { name: 'result', label: 'Результат', kind: 'text', optional: true },
        { name: 'next', label: 'Следующий шаг', kind: 'text', optional: true },
      ],
    }),
    unavailable: needsApprovedPairs,
    run({ ports }, input) {
      const v = requireFields(input, ['pair', 'date']);
      const line = [v.pair, v.date, v.topic, v.format, v.minutes, v.result, v.next].map(linePart).join('; ');
      const { added } = addMeetingsFromText(ports, line);
      return {
        message: `${capitalised(counted(added.length, ['внесена', 'внесены', 'внесено'], MEETINGS))} на лист «Встречи».`,
      };
    },
  },
  {
    id: 'meetings:add',
    step: '6.1',
    label: 'Вставить встречи из таблицы',
    secondary: true,
    input: {
      label: `Вставьте таблицу встреч, одна встреча в строке: ${MEETING_LINE_FORMAT}`,
      kind: 'textarea',
      placeholder:
        'Смирнова; 05.10.2022; Планирование урока; очно; 45; Составили технологическую карту; Открытый урок',
    },
    unavailable: needsApprovedPairs,
    run({ ports }, text) {
      const { added } = addMeetingsFromText(ports, text);
      return {
        message: `${capitalised(counted(added.length, ['внесена', 'внесены', 'внесено'], MEETINGS))} на лист «Встречи».`,
      };
    },
  },
  {
    id: 'meetings:byPair',
    step: '6.1',
    label: 'Встречи по парам',
    secondary: true,
    unavailable: needsApprovedPairs,
    run({ ports }) {
      const { active } = loadProgrammePairs(ports);
      const stats = meetingsByPair(openDatabase(ports).meetings.load().rows);
      const lines = active.map((p) => {
        const s = stats.get(p.id);
        const last = s?.last ? `, последняя ${formatDate(s.last)}` : '';
        return `${pairTitle(p)}: ${countOf(s?.count ?? 0, MEETINGS)}${last}`;
      });
      const silent = active.filter((p) => !stats.get(p.id)?.count).length;
      return {
        message: `Пар/групп в работе: ${active.length}; без встреч: ${silent}.`,
        details: lines,
      };
    },
  },
  {
    id: 'meetings:check',
    step: '6.1',
    label: 'Найти пары без встреч',
    secondary: true,
    unavailable: needsApprovedPairs,
    run({ ports }) {
      scheduleWeeklyCheck(ports);
      const r = runWeeklyMeetingCheck(ports, true);
      return {
        message: r.message,
        details: r.quiet.map((q) => `${pairTitle(q.pair)}: без встреч ${q.weeks} нед.`),
      };
    },
  },
  CALENDAR_PLAN_ACTION,
];
