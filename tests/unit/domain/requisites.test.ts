import { isOgrn, isOrganisationInn } from '../../../src/domain/format/requisites';

describe("the school's requisites are checked by their control digits", () => {
  test('ОГРН: the 13th digit is the first twelve as a number mod 11, mod 10', () => {
    expect(isOgrn('1027700132195')).toBe(true);
    expect(isOgrn('1037739877295')).toBe(true);
    expect(isOgrn('1027700132194')).toBe(false); // one control digit off
    expect(isOgrn('102770013219')).toBe(false); // twelve digits
    expect(isOgrn('1 027 700 132 195')).toBe(true); // spaces as printed in a register are allowed
  });

  test('ИНН of an organisation: ten digits, the last a weighted control digit', () => {
    expect(isOrganisationInn('7707083893')).toBe(true);
    expect(isOrganisationInn('7707083894')).toBe(false);
    expect(isOrganisationInn('770708389')).toBe(false);
  });
});
