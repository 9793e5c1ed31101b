import { DOCUMENT_KINDS } from '../../../src/domain/documents/kinds';
import { emptyFacts } from '../../../src/domain/roadmap/facts';
import { ROADMAP_SEED, STAGE_TITLES, monthEnd } from '../../../src/domain/roadmap/seed';
import { evaluateStep } from '../../../src/domain/roadmap/status';

describe('seed roadmap', () => {
  it('has the seven stages and the sixteen steps of the seed, in order', () => {
    expect(STAGE_TITLES).toHaveLength(7);
    expect(ROADMAP_SEED.map((s) => s.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '6.1',
      '6.2',
      '7.1',
      '7.2',
    ]);
  });

  it('derives deadlines from the academic year: September of the start year, January and May of the next', () => {
    const due = (code: string) => monthEnd(ROADMAP_SEED.find((s) => s.code === code)!.to, 2022);
    expect(due('2.2')).toEqual(new Date(2022, 8, 30));
    expect(due('6.2')).toEqual(new Date(2023, 0, 31));
    expect(due('7.1')).toEqual(new Date(2023, 4, 31));
  });
});

describe('step status from the data', () => {
  it('2.2 counts the base and the consents', () => {
    const f = emptyFacts();
    expect(evaluateStep('2.2', f).progress).toBe('todo');
    f.mentees = { total: 12, consented: 11, selected: 0, inPair: 0, refused: 0 };
    const s = evaluateStep('2.2', f);
    expect(s.progress).toBe('in_progress');
    expect(s.text).toBe('В базе 12 наставляемых, 11 согласий');
    f.mentees.consented = 12;
    expect(evaluateStep('2.2', f).progress).toBe('done');
  });

  it('1.2 is done only when all five documents are registered, and names the missing ones', () => {
    const f = emptyFacts();
    f.documents[DOCUMENT_KINDS.orderIntroduce] = 1;
    const s = evaluateStep('1.2', f);
    expect(s.progress).toBe('in_progress');
    expect(s.next).toContain(`«${DOCUMENT_KINDS.regulation}»`);
    f.documents[DOCUMENT_KINDS.regulation] = 1;
    f.documents[DOCUMENT_KINDS.roadmap] = 1;
    f.documents[DOCUMENT_KINDS.programme] = 1;
    expect(evaluateStep('1.2', f).next).toContain(`«${DOCUMENT_KINDS.orderApprove}»`);
    f.documents[DOCUMENT_KINDS.orderApprove] = 1;
    expect(evaluateStep('1.2', f).progress).toBe('done');
  });

  it('5.1 needs approved pairs and the order', () => {
    const f = emptyFacts();
    f.pairs = { proposed: 3, approved: 0 };
    expect(evaluateStep('5.1', f).next).toContain('утвердите');
    f.pairs = { proposed: 0, approved: 3 };
    expect(evaluateStep('5.1', f).progress).toBe('in_progress');
    f.documents[DOCUMENT_KINDS.orderPairs] = 1;
    expect(evaluateStep('5.1', f).text).toBe('Утверждены 3 пары/группы, приказ издан');
  });

  it('6.2 follows the forms per role, or the single form of a workbook made by an earlier version', () => {
    const f = emptyFacts();
    expect(evaluateStep('6.2', f)).toMatchObject({ progress: 'todo', text: 'Анкеты ещё не созданы' });
    f.forms.interim = { created: true, responses: 0, refused: 0 };
    expect(evaluateStep('6.2', f)).toMatchObject({
      progress: 'in_progress',
      text: 'Анкеты созданы, ответов пока нет',
    });
    f.forms.interim = { created: true, responses: 5, refused: 0 };
    expect(evaluateStep('6.2', f)).toMatchObject({ progress: 'done', text: 'Получено 5 ответов' });
    // Only the earlier single form: its answers make the step as they did.
    f.forms.interim = { created: false, responses: 2, refused: 0, earlier: 2 };
    expect(evaluateStep('6.2', f)).toMatchObject({ progress: 'done', text: 'Получены 2 ответа' });
    f.forms.interim = { created: false, responses: 0, refused: 0, earlier: 0 };
    expect(evaluateStep('6.2', f)).toMatchObject({
      progress: 'in_progress',
      text: 'Анкета создана, ответов пока нет',
    });
  });

  it('a step a curator added has no rule and asks for manual status', () => {
    expect(evaluateStep('8.1', emptyFacts()).next).toContain('вручную');
  });
});
