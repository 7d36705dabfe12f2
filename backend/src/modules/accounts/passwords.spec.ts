import { passwordProblem } from './passwords.js';

describe('passwordProblem', () => {
  it('accepts 10 to 128 characters that are not common', () => {
    expect(passwordProblem('Kaai-Schelde-77')).toBeNull();
    expect(passwordProblem('x'.repeat(128))).toBeNull();
  });
  it('rejects 9 and 129 characters', () => {
    expect(passwordProblem('Kaai-Sch7')).toMatch(/minstens 10/);
    expect(passwordProblem('x'.repeat(129))).toMatch(/hoogstens 128/);
  });
  it('rejects well-known passwords whatever their case', () => {
    expect(passwordProblem('1234567890')).toMatch(/veelgebruikte/);
    expect(passwordProblem('QWERTYUIOP')).toMatch(/veelgebruikte/);
    expect(passwordProblem('Wachtwoord123')).toMatch(/veelgebruikte/);
  });
});
