import {
  pairOfMentor,
  pairsToRemind,
  parseMeetingLines,
  meetingsByPair,
  type PairRef,
} from '../../../src/domain/meetings';

const PAIRS: PairRef[] = [
  {
    id: 'PR-1',
    mentorId: 'MR-1',
    mentorName: 'Смирнова Ольга Викторовна',
    mentorEmail: 'smirnova@school.example',
    menteeIds: ['MT-1'],
    menteeNames: ['Алексеева Анна Дмитриевна'],
    approvedAt: new Date(2022, 8, 20),
  },
  {
    id: 'PR-2',
    mentorId: 'MR-2',
    mentorName: 'Кузнецов Андрей Петрович',
    mentorEmail: 'kuznetsov@school.example',
    menteeIds: ['MT-2'],
    menteeNames: ['Захаров Илья Романович'],
    approvedAt: new Date(2022, 8, 20),
  },
  {
    id: 'PR-3',
    mentorId: 'MR-2',
    mentorName: 'Кузнецов Андрей Петрович',
    mentorEmail: 'kuznetsov@school.example',
    menteeIds: ['MT-3'],
    menteeNames: ['Андреева Юлия Валерьевна'],
    approvedAt: new Date(2022, 8, 20),
  },
];

describe('meeting entry', () => {
  it('parses one meeting per line, pair by surname or id', () => {
    const r = parseMeetingLines(
      'Алексеева; 05.10.2022; Планирование урока; очно; 45; Составили карту; Открытый урок\nPR-3;12.10.2022;Аттестация',
      PAIRS,
    );
    expect(r.errors).toEqual([]);
    expect(r.drafts).toEqual([
      {
        pairId: 'PR-1',
        date: new Date(2022, 9, 5),
        topic: 'Планирование урока',
        format: 'очно',
        durationMin: 45,
        result: 'Составили карту',
        nextStep: 'Открытый урок',
      },
      {
        pairId: 'PR-3',
        date: new Date(2022, 9, 12),
        topic: 'Аттестация',
        format: null,
        durationMin: null,
        result: '',
        nextStep: '',
      },
    ]);
  });

  it('says in Russian what is wrong, line by line, and takes nothing', () => {
    const r = parseMeetingLines(
      'Кузнецов; 05.10.2022; Тема\nСмирнова; 32.10.2022; Тема\nСмирнова; 01.10.2022; Тема; пешком',
      PAIRS,
    );
    expect(r.drafts).toEqual([]);
    expect(r.errors).toEqual([
      'Строка 1: фамилия «Кузнецов» есть в нескольких парах/группах (PR-2, PR-3): укажите код пары.',
      'Строка 2: дата «32.10.2022» не распознана, пишите ДД.ММ.ГГГГ.',
      'Строка 3: формат «пешком» не из списка: очно, дистанционно, смешанный.',
    ]);
  });

  it('a report finds the mentor’s pair by e-mail, and by the mentee’s surname when there are several', () => {
    expect(pairOfMentor(PAIRS, 'smirnova@school.example', '')).toEqual({ pair: PAIRS[0] });
    expect(pairOfMentor(PAIRS, 'kuznetsov@school.example', 'Андреева')).toEqual({ pair: PAIRS[2] });
    expect(pairOfMentor(PAIRS, 'kuznetsov@school.example', '')).toHaveProperty('problem');
    expect(pairOfMentor(PAIRS, 'x@school.example', '')).toHaveProperty('problem');
  });
});

describe('quiet pairs', () => {
  const start = new Date(2022, 9, 1);
  const stats = meetingsByPair([
    { pairId: 'PR-1', date: new Date(2022, 9, 5) },
    { pairId: 'PR-1', date: new Date(2022, 9, 26) },
  ]);

  it('counts meetings and the last date per pair', () => {
    expect(stats.get('PR-1')).toEqual({ count: 2, last: new Date(2022, 9, 26) });
  });

  it('reminds about a pair quiet for N weeks once per period', () => {
    const at = (d: Date, reminded = new Map<string, Date>()) =>
      pairsToRemind(PAIRS, stats, reminded, d, 3, start).map((q) => q.pair.id);
    expect(at(new Date(2022, 9, 21))).toEqual([]); // three weeks from October 1st: not yet (21 days from 1 Oct = 22 Oct)
    expect(at(new Date(2022, 9, 22))).toEqual(['PR-2', 'PR-3']);
    const reminded = new Map([
      ['PR-2', new Date(2022, 9, 22)],
      ['PR-3', new Date(2022, 9, 22)],
    ]);
    expect(at(new Date(2022, 9, 29), reminded)).toEqual([]);
    expect(at(new Date(2022, 10, 12), reminded)).toEqual(['PR-2', 'PR-3']);
    expect(at(new Date(2022, 10, 16), reminded)).toEqual(['PR-1', 'PR-2', 'PR-3']);
  });
});
