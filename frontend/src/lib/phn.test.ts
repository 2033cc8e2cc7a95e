import { isValidPhn, phnProblem } from './phn';

describe('PHN check digit', () => {
  it('accepts the contract example and rejects a changed digit', () => {
    expect(isValidPhn('9698658215')).toBe(true);
    expect(isValidPhn('9698658216')).toBe(false);
    expect(isValidPhn('8698658215')).toBe(false);
    expect(isValidPhn('969865821')).toBe(false);
  });

  it('explains what is wrong while typing', () => {
    expect(phnProblem('')).toBeUndefined();
    expect(phnProblem('96986')).toMatch(/5 more/);
    expect(phnProblem('1234')).toMatch(/starts with 9/);
    expect(phnProblem('96a')).toMatch(/digits only/);
    expect(phnProblem('9698658216')).toMatch(/not a valid PHN/);
    expect(phnProblem('9698 658 215')).toBeUndefined();
  });
});
