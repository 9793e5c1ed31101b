import { openDatabase } from '../../src/services/db/database';
import { approveProposals, lockProposal, rejectProposal, swapMentee } from '../../src/services/pairs/curate';
import { proposePairs } from '../../src/services/pairs/propose';
import { decideMentors, scoreMentors } from '../../src/services/pairs/selection';
import { addMaterial, recordTraining, untrainedMentors } from '../../src/services/pairs/training';
import { buildOverview } from '../../src/services/overview/build-overview';
import { configuredWorkbook, recordSeededConsents } from './fixture';

const consent = new Date(2022, 8, 12);

function school() {
  const wb = configuredWorkbook();
  const db = openDatabase(wb.ports);
  const mentor = (fullName: string, email: string, over: Record<string, unknown> = {}) => ({
    fullName,
    email,
    status: 'в базе',
    consentPd: consent,
    consentMentor: consent,
    experienceYears: 20,
    category: 'высшая',
    subjects: 'Математика',
    competences: 'Работа с родителями; Подготовка к аттестации',
    capacity: 1,
    motivation: 'Хочу помогать молодым коллегам',
    format: 'очно',
    ...over,
  });
  db.mentors.append([
    mentor('Кузнецов Андрей Петрович', 'kuznetsov@school.example', { capacity: 2 }),
    mentor('Смирнова Ольга Викторовна', 'smirnova@school.example', {
      subjects: 'Русский язык',
      competences: 'Оценивание образовательных результатов',
    }),
    mentor('Попов Виктор Геннадьевич', 'popov@school.example', { consentMentor: null }),
  ]);
  const mentee = (fullName: string, email: string, subjects: string, requests: string) => ({
    fullName,
    email,
    status: 'в базе',
    consentPd: consent,
    experienceYears: 1,
    category: 'без категории',
    youngTeacher: true,
    subjects,
    requests,
    format: 'очно',
  });
  db.mentees.append([
    mentee('Захаров Илья Романович', 'zakharov@school.example', 'Математика', 'Работа с родителями'),
    mentee(
      'Алексеева Анна Дмитриевна',
      'alekseeva@school.example',
      'Русский язык',
      'Оценивание образовательных результатов',
    ),
    mentee('Андреева Юлия Валерьевна', 'andreeva@school.example', 'Математика', 'Подготовка к аттестации'),
  ]);
  recordSeededConsents(wb.ports);
  return { ...wb, db };
}

describe('4.1 selection', () => {
  it('scores every candidate with its parts and refuses to select one without the mentor consent', () => {
    const { ports, db } = school();
    const lines = scoreMentors(ports);
    expect(lines).toHaveLength(3);
    const popov = db.mentors.load().findBy('email', 'popov@school.example')!;
    expect(popov.suitabilityParts).toContain('Педагогический стаж');
    expect(lines.find((l) => l.startsWith('Попов В.Г.'))).toContain('⚠');
    expect(() => decideMentors(ports, 'popov@school.example', true)).toThrow('ст. 351.8 ТК РФ');
    expect(decideMentors(ports, 'kuznetsov@school.example, SMIRNOVA@school.example', true)).toEqual([
      'Кузнецов А.П.',
      'Смирнова О.В.',
    ]);
    expect(db.mentors.load().rows.filter((r) => r.status === 'отобран')).toHaveLength(2);
  });
});

describe('4.2 training', () => {
  it('logs sessions with attendance and lists who is not trained yet; materials show under the step', () => {
    const { ports } = school();
    decideMentors(ports, 'kuznetsov@school.example, smirnova@school.example', true);
    expect(
      recordTraining(ports, '25.10.2022; Роль наставника; https://example.org/m1; kuznetsov@school.example'),
    ).toContain('присутствовали 1');
    expect(untrainedMentors(ports)).toEqual(['Смирнова О.В.']);
    expect(() => recordTraining(ports, 'вчера; тема')).toThrow('Начните с даты');
    addMaterial(ports, 'Памятка наставника; https://example.org/pamyatka');
    const step = buildOverview(ports).stages[3].steps.find((s) => s.code === '4.2')!;
    expect(step.statusText).toBe('Проведено 1 занятие, обучено 1 из 2');
    expect(step.links).toEqual([{ label: 'Памятка наставника', url: 'https://example.org/pamyatka' }]);
  });
});

describe('5.1 pairs: propose, curate, approve', () => {
  it('proposes an optimal assignment for eligible mentors only, with reasons', () => {
    const { ports, db } = school();
    decideMentors(ports, 'kuznetsov@school.example, smirnova@school.example', true);
    const r = proposePairs(ports);
    const pairs = db.pairs.load().rows;
    expect(r.proposed).toBe(2);
    const byMentor = (email: string) =>
      pairs.find((p) => p.mentorId === db.mentors.load().findBy('email', email)!.id)!;
    expect(byMentor('kuznetsov@school.example')).toMatchObject({ kind: 'группа', status: 'предложена' });
    expect(String(byMentor('kuznetsov@school.example').menteeNames).split('; ').sort()).toEqual([
      'Андреева Юлия Валерьевна',
      'Захаров Илья Романович',
    ]);
    expect(byMentor('smirnova@school.example').menteeNames).toBe('Алексеева Анна Дмитриевна');
    expect(String(byMentor('smirnova@school.example').reason)).toContain(
      'Оценивание образовательных результатов',
    );
    expect(pairs.some((p) => p.mentorName === 'Попов Виктор Геннадьевич')).toBe(false);
  });

  it('a locked proposal survives a re-run, a rejected one is not proposed again, a swap is locked', () => {
    const { ports, db } = school();
    decideMentors(ports, 'kuznetsov@school.example, smirnova@school.example', true);
    proposePairs(ports);
    lockProposal(ports, 'smirnova@school.example');
    rejectProposal(ports, 'kuznetsov@school.example');
    const again = proposePairs(ports);
    expect(again.proposed).toBe(0);
    expect(again.unmatched.map((u) => u.split(':')[0]).sort()).toEqual(['Андреева Ю.В.', 'Захаров И.Р.']);
    const rows = db.pairs.load().rows;
    expect(rows.filter((p) => p.status === 'предложена')).toHaveLength(1);
    expect(rows.filter((p) => p.status === 'отклонена')).toHaveLength(1);

    swapMentee(ports, 'zakharov@school.example; smirnova@school.example');
    const smirnova = db.pairs.load().rows.find((p) => p.status === 'предложена')!;
    expect(smirnova).toMatchObject({ kind: 'группа', locked: true });
    expect(smirnova.menteeNames).toBe('Алексеева Анна Дмитриевна; Захаров Илья Романович');
  });

  it('approval makes the pairs approved and their people «в паре», and step 5.1 asks for the order', () => {
    const { ports, db } = school();
    decideMentors(ports, 'kuznetsov@school.example, smirnova@school.example', true);
    proposePairs(ports);
    approveProposals(ports);
    expect(db.pairs.load().rows.every((p) => p.status === 'утверждена' && p.approvedAt instanceof Date)).toBe(
      true,
    );
    expect(db.mentees.load().rows.every((m) => m.status === 'в паре')).toBe(true);
    expect(db.mentors.load().rows.filter((m) => m.status === 'в паре')).toHaveLength(2);
    const step = buildOverview(ports).stages[4].steps.find((s) => s.code === '5.1')!;
    expect(step.statusText).toBe('Утверждены 2 пары/группы');
    expect(step.next).toContain('приказ');
    // A second run keeps the approved pairs and has no one left to pair.
    expect(proposePairs(ports).proposed).toBe(0);
    expect(() => approveProposals(ports)).toThrow('Нет предложенных пар');
  });
});
