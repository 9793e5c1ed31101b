import { consentTermOver, holdExpired, nextWorkbookName } from '../../../src/domain/retention';

describe('the terms the consent texts state', () => {
  it('the consents of 2022/2023 run until the end of 31 August 2023, not a moment longer', () => {
    expect(consentTermOver(2022, new Date(2023, 7, 31, 23, 59))).toBe(false);
    expect(consentTermOver(2022, new Date(2023, 8, 1, 0, 0))).toBe(true);
    expect(consentTermOver(2023, new Date(2023, 8, 1, 0, 0))).toBe(false);
  });

  it('a held answer waits 14 days for its code', () => {
    const held = new Date(2022, 8, 15, 10, 0);
    expect(holdExpired(held, new Date(2022, 8, 29, 9, 0))).toBe(false);
    expect(holdExpired(held, new Date(2022, 8, 29, 11, 0))).toBe(true);
    expect(holdExpired(null, held)).toBe(true);
  });

  it('names the next year’s workbook by the next academic year', () => {
    expect(nextWorkbookName('МБОУ СОШ № 1', 2022)).toBe('Наставничество 2023/2024 — МБОУ СОШ № 1');
  });
});
