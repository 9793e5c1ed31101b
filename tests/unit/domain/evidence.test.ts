import { DOCUMENT_KINDS } from '../../../src/domain/documents/kinds';
import { MAX_LINKS_PER_STEP, documentEvidence } from '../../../src/domain/roadmap/evidence';

describe('document evidence under roadmap steps', () => {
  it('puts each registered document under the step it proves, with number and subject', () => {
    const links = documentEvidence([
      { type: DOCUMENT_KINDS.orderIntroduce, number: '134/4', subject: '', url: 'https://docs/1' },
      { type: DOCUMENT_KINDS.orderPairs, number: '140/4', subject: '', url: 'https://docs/2' },
      { type: DOCUMENT_KINDS.plan, number: '', subject: 'Смирнова О.В.', url: 'https://docs/3' },
      { type: 'Справка, внесённая вручную', number: '1', subject: '', url: 'https://docs/4' },
      { type: DOCUMENT_KINDS.letter, number: '', subject: '', url: '' },
    ]);
    expect(links).toEqual({
      '1.2': [{ label: `${DOCUMENT_KINDS.orderIntroduce} № 134/4`, url: 'https://docs/1' }],
      '5.1': [{ label: `${DOCUMENT_KINDS.orderPairs} № 140/4`, url: 'https://docs/2' }],
      '5.2': [{ label: `${DOCUMENT_KINDS.plan} (Смирнова О.В.)`, url: 'https://docs/3' }],
    });
  });

  it('lists at most a few per step: the register holds the rest', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      type: DOCUMENT_KINDS.letter,
      number: '',
      subject: `М${i}`,
      url: `https://docs/${i}`,
    }));
    expect(documentEvidence(many)['7.2']).toHaveLength(MAX_LINKS_PER_STEP);
  });
});
