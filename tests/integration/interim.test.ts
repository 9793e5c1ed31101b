import { MEETINGS_AS_PLANNED } from '../../src/domain/forms/interim-forms';
import type { FormKey } from '../../src/domain/forms/types';
import { openDatabase } from '../../src/services/db/database';
import { createOrUpdateForm } from '../../src/services/forms/create';
import { readFormRecords } from '../../src/services/forms/registry';
import { buildOverview } from '../../src/services/overview/build-overview';
import type { Ports } from '../../src/services/ports';
import { buildTeacherCard } from '../../src/services/teacher-card/build-teacher-card';
import type { Emulator } from '../../emulator';
import { configuredWorkbookWithServer, recordSeededConsents } from './fixture';
import { MENTEES, MENTORS, appendPeopleInPairs, catalogRunner, formAnswers } from './year-fixture';

/**
 * The January interim feedback (6.2) per role: a mentor and a mentee are asked different questions, each
 * through the form of their role; the curator's summary reports per role in agreeing Russian and names the
 * pairs whose answers call for the curator; the teacher's card lists the form of the teacher's role; and a
 * workbook that an earlier version gave one form for both roles keeps reading, summarising and mailing it.
 */
function school() {
  const wb = configuredWorkbookWithServer();
  const db = openDatabase(wb.ports);
  appendPeopleInPairs(db, new Date(2022, 8, 14));
  recordSeededConsents(wb.ports);
  wb.emulator.setNow(new Date(2023, 0, 16, 10, 0));
  return { ...wb, db, run: catalogRunner(wb.ports) };
}

/** One answer to a form: `by` by question key, every other scale `v`, required choices their first. */
function answer(emulator: Emulator, ports: Ports, key: FormKey, email: string, v: number, by = {}) {
  emulator.submitForm(readFormRecords(ports)[key]!.formId, formAnswers(key, v, by), email);
}

const surveysOn = (ports: Ports, email: string) => {
  const card = buildTeacherCard(ports, email);
  return card.kind === 'teacher' ? card.surveys.map((s) => s.title) : [];
};

const MENTOR_FORM = 'Промежуточная обратная связь: анкета наставника';
const MENTEE_FORM = 'Промежуточная обратная связь: анкета наставляемого';
const SHARED_FORM = 'Промежуточная обратная связь: программа наставничества';

describe('the interim feedback, a form per role', () => {
  it('summarises per role and points the curator to the pairs whose answers call for them', () => {
    const { emulator, ports, run } = school();
    run('form:interim');
    answer(emulator, ports, 'interimMentee', 'alekseeva@school.example', 3, {
      int_meetings: MEETINGS_AS_PLANNED[2],
      int_difficulties: 'Трудно с дисциплиной в 7 «Б»',
    });
    answer(emulator, ports, 'interimMentor', 'vasilieva@school.example', 8, {
      int_support: ['Консультация куратора'],
    });
    answer(emulator, ports, 'interimMentor', 'smirnova@school.example', 9);
    // A mentee's answer to the mentors' form counts nowhere.
    answer(emulator, ports, 'interimMentor', 'zakharov@school.example', 1, {
      int_support: ['Обучение наставников'],
    });
    const s = run('survey:interimSummary');
    expect(s.message).toBe('2 наставника из 3 ответили; 1 наставляемый из 4 ответил.');
    expect(s.details).toEqual([
      'Наставники: 2 наставника из 3 ответили.',
      'Вовлечённость наставляемых: в среднем 8,5 из 10 (2 оценки)',
      'Выполнение плана: «По графику» — 2',
      'Нужна поддержка куратора: «Консультация куратора» — 1',
      'Наставляемые: 1 наставляемый из 4 ответил.',
      'Встречи по плану: «Нет, встречи почти не проходят» — 1',
      'Польза помощи наставника: в среднем 3,0 из 10 (1 оценка)',
      'Трудности, которые остаются:',
      '— Трудно с дисциплиной в 7 «Б»',
      'Что сделать:',
      '— Васильева Т.Н. — Павлова Д.А., Орлова В.М.: наставник просит поддержки куратора (Консультация куратора).',
      '— Смирнова О.В. — Алексеева А.Д.: наставляемый отвечает, что встречи почти не проходят: обсудите с наставником график встреч.',
      '— Смирнова О.В. — Алексеева А.Д.: наставляемый низко оценил пользу помощи наставника: поговорите с парой/группой, при необходимости уточните план (3).',
      '— Ещё не ответили: 1 наставник, 3 наставляемых. Напомните об анкете: ссылка есть в письме-приглашении и в карточке педагога в Gmail.',
    ]);
  });

  it('lists on the teacher’s card the form of their role until they answer it', () => {
    const { emulator, ports, run } = school();
    run('form:interim');
    expect(surveysOn(ports, 'smirnova@school.example')).toEqual([MENTOR_FORM]);
    expect(surveysOn(ports, 'alekseeva@school.example')).toEqual([MENTEE_FORM]);
    answer(emulator, ports, 'interimMentee', 'alekseeva@school.example', 8);
    expect(surveysOn(ports, 'alekseeva@school.example')).toEqual([]);
    expect(surveysOn(ports, 'orlova@school.example')).toEqual([MENTEE_FORM]);
  });
});

describe('a workbook with the earlier single interim form', () => {
  /** The earlier version's «Создать анкету» made this form (the same definition, key and registry rows). */
  function earlierWorkbook() {
    const wb = school();
    createOrUpdateForm(wb.ports, 'interim');
    return wb;
  }

  it('keeps mailing, summarising and listing that form until the forms per role are created', () => {
    const { emulator, ports, run } = earlierWorkbook();
    const step = () => buildOverview(ports).stages[5].steps.find((s) => s.code === '6.2')!;
    expect(step().statusText).toBe('Анкета создана, ответов пока нет');
    expect(run('survey:invite:interim').message).toBe('Приглашения отправлены всем участникам: 7 писем.');
    expect(emulator.outbox.every((m) => m.subject.startsWith(SHARED_FORM))).toBe(true);
    answer(emulator, ports, 'interim', 'smirnova@school.example', 6);
    answer(emulator, ports, 'interim', 'alekseeva@school.example', 8, { change: 'Чаще посещать уроки' });
    expect(step().statusText).toBe('Получены 2 ответа');
    expect(surveysOn(ports, 'kuznetsov@school.example')).toEqual([SHARED_FORM]);
    expect(surveysOn(ports, 'smirnova@school.example')).toEqual([]);
    const s = run('survey:interimSummary');
    expect(s.message).toBe('1 наставник из 3 ответил; 1 наставляемый из 4 ответил.');
    expect(s.details).toEqual([
      'В этой таблице промежуточная анкета создана прежней версией: одна для наставников и наставляемых. Чтобы задать им разные вопросы, создайте на шаге 6.2 анкеты отдельно для наставников и наставляемых — прежние ответы сохранятся и останутся в сводке.',
      'Прежняя общая анкета (одни вопросы для наставников и наставляемых):',
      '1 наставник из 3 ответил; 1 наставляемый из 4 ответил.',
      'Польза встреч: 7,0 (наставники 6,0, наставляемые 8,0)',
      'Регулярность встреч: 7,0 (наставники 6,0, наставляемые 8,0)',
      'Продвижение к целям: 7,0 (наставники 6,0, наставляемые 8,0)',
      'Что изменить во втором полугодии:',
      '— Чаще посещать уроки',
    ]);
  });

  it('then creates the forms per role beside it: old answers still summarised, new ones mailed to who has not answered', () => {
    const { emulator, ports, run } = earlierWorkbook();
    run('survey:invite:interim');
    answer(emulator, ports, 'interim', 'smirnova@school.example', 6);
    answer(emulator, ports, 'interim', 'alekseeva@school.example', 8);
    expect(run('form:interim').message).toBe(
      'Анкеты созданы: отдельно для наставников и для наставляемых. Прежняя общая анкета остаётся, её ответы входят в сводку. Разошлите ссылку: письма получат только те, кто на прежнюю анкету ещё не ответил.',
    );
    const earlier = emulator.outbox.length;
    expect(run('survey:invite:interim').message).toBe('Приглашения отправлены всем участникам: 5 писем.');
    const sent = emulator.outbox.slice(earlier).map((m) => [m.to, m.subject.replace(/ — .*/, '')]);
    const expected = [
      ...MENTORS.slice(1).map(([, e]) => [e, MENTOR_FORM]),
      ...MENTEES.slice(1).map(([, e]) => [e, MENTEE_FORM]),
    ];
    expect(sent.sort()).toEqual(expected.sort());
    // The card offers the form of the role, never the single form again, and nothing to who answered it.
    expect(surveysOn(ports, 'kuznetsov@school.example')).toEqual([MENTOR_FORM]);
    expect(surveysOn(ports, 'smirnova@school.example')).toEqual([]);
    answer(emulator, ports, 'interimMentor', 'kuznetsov@school.example', 7);
    const s = run('survey:interimSummary');
    expect(s.message).toBe('1 наставник из 3 ответил; из 4 наставляемых пока никто не ответил.');
    expect(s.details![0]).toBe('Наставники: 1 наставник из 3 ответил.');
    expect(s.details).toContain('Прежняя общая анкета (одни вопросы для наставников и наставляемых):');
    expect(s.details).toContain('Польза встреч: 7,0 (наставники 6,0, наставляемые 8,0)');
    // Смирнова and Алексеева answered the single form: the reminder counts only who has answered neither.
    expect(s.details!.at(-1)).toBe(
      '— Ещё не ответили: 1 наставник, 3 наставляемых. Напомните об анкете: ссылка есть в письме-приглашении и в карточке педагога в Gmail.',
    );
  });
});
