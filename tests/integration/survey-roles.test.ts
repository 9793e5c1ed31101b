import { formDefinitions } from '../../src/domain/forms/definitions';
import { openDatabase } from '../../src/services/db/database';
import { readFormRecords } from '../../src/services/forms/registry';
import { loadMonitoringInput } from '../../src/services/monitoring/answers';
import { buildTeacherCard } from '../../src/services/teacher-card/build-teacher-card';
import { configuredWorkbookWithServer, recordSeededConsents } from './fixture';
import { appendPeopleInPairs, catalogRunner, formAnswers, submitSurvey } from './year-fixture';

/**
 * A survey with a form per role is answered by that role only: the check on the server goes by the approved
 * pairs (setup's records), not by anything the respondent types. A mentee's answer to the mentors' form is kept
 * in its response sheet, named in the journal, and not counted; a teacher who mentors one pair and is mentored
 * in another may answer both forms.
 */
function school() {
  const wb = configuredWorkbookWithServer();
  const db = openDatabase(wb.ports);
  appendPeopleInPairs(db, new Date(2022, 8, 14));
  recordSeededConsents(wb.ports);
  return { ...wb, db, run: catalogRunner(wb.ports) };
}

const DEFS = formDefinitions();

describe('a survey form per role takes answers from that role only', () => {
  it('keeps a mentee’s answer to the mentors’ form out of the indicators and tells the journal', () => {
    const { emulator, ports, db, run } = school();
    run('form:impactBefore');
    submitSurvey(emulator, ports, 'impactBefore', 'smirnova@school.example', 7);
    const mentorForm = readFormRecords(ports).impactBeforeMentor!;
    emulator.submitForm(mentorForm.formId, formAnswers('impactBeforeMentor', 2), 'alekseeva@school.example');
    const refused = db.journal.load().rows.filter((r) => r.action === 'Ответ не принят');
    expect(refused.map((r) => r.details)).toEqual([
      expect.stringContaining(
        'Эту анкету заполняют наставники, а ответ пришёл от наставляемого: он сохранён на листе ответов, но не учитывается. Попросите участника заполнить анкету для наставляемых.',
      ),
    ]);
    // Kept: nothing of a participant's answer is lost.
    expect(JSON.stringify(ports.responses.read(mentorForm.sheetId)!.values)).toContain(
      'alekseeva@school.example',
    );
    const counted = loadMonitoringInput(ports).input.impactBefore;
    expect(counted.map((r) => [r.role, Object.values(r.ratings)[0]])).toEqual([['mentor', 7]]);
  });

  it('asks a teacher who mentors one pair and is mentored in another as both, and takes both answers', () => {
    const { emulator, ports, db, run } = school();
    // Смирнова, the mentor of PR-1, is also mentored by Кузнецов in a pair of her own.
    const smirnovaAsMentee = db.mentees.append([
      { fullName: 'Смирнова Ольга Викторовна', email: 'smirnova@school.example', status: 'в паре' },
    ]);
    const kuznetsov = db.mentors.load().rows.find((r) => r.email === 'kuznetsov@school.example')!;
    db.pairs.append([
      {
        id: 'PR-4',
        mentorId: kuznetsov.id,
        menteeIds: smirnovaAsMentee[0].id,
        kind: 'пара',
        status: 'утверждена',
      },
    ]);
    run('form:impactBefore');
    const forms = readFormRecords(ports);
    // Her card and her one letter carry both forms; everybody else gets one letter with their role's form.
    const card = buildTeacherCard(ports, 'smirnova@school.example');
    expect(card.kind === 'teacher' && card.surveys.map((x) => x.title)).toEqual([
      DEFS.impactBeforeMentor.title,
      DEFS.impactBeforeMentee.title,
    ]);
    run('survey:invite:impactBefore');
    const letters = emulator.outbox.filter((m) => m.to === 'smirnova@school.example');
    expect(letters).toHaveLength(1);
    expect(letters[0].body).toContain(forms.impactBeforeMentor!.shortUrl);
    expect(letters[0].body).toContain(forms.impactBeforeMentee!.shortUrl);
    const toKuznetsov = emulator.outbox.filter((m) => m.to === 'kuznetsov@school.example');
    expect(toKuznetsov.map((m) => m.subject)).toEqual([
      expect.stringContaining(DEFS.impactBeforeMentor.title),
    ]);
    expect(toKuznetsov[0].body).not.toContain(forms.impactBeforeMentee!.shortUrl);
    emulator.submitForm(
      forms.impactBeforeMentor!.formId,
      formAnswers('impactBeforeMentor', 8),
      'smirnova@school.example',
    );
    emulator.submitForm(
      forms.impactBeforeMentee!.formId,
      formAnswers('impactBeforeMentee', 4),
      'smirnova@school.example',
    );
    expect(db.journal.load().rows.filter((r) => r.action === 'Ответ не принят')).toEqual([]);
    const counted = loadMonitoringInput(ports).input.impactBefore;
    expect(counted.map((r) => r.role).sort()).toEqual(['mentee', 'mentor']);
  });
});
