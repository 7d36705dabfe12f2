import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

// zxcvbn's list of ~49,000 leaked passwords, plus words people here reach for first.
const LOCAL_COMMON = [
  'wachtwoord', 'wachtwoord1', 'wachtwoord123', 'wachtwoord1234', 'paswoord123', 'paswoord1234',
  'welkom1234', 'welkom12345', 'welkom123!', 'azerty1234', 'azertyuiop', 'azerty123456', 'vlaanderen1',
  'vlaanderen123', 'belgie12345', 'gemeente123', 'gemeente2025', 'ketenwerk123', 'ketenwerk2025',
  'antwerpen123', 'zomer20252025', 'lente2025!!', 'winter2025!!', 'herfst2025!!', '0123456789',
];
const COMMON = new Set<string>(
  [...(dictionary['passwords-common'] as string[]), ...LOCAL_COMMON].map((p) => p.toLowerCase()),
);

/** A Dutch message when the password is not acceptable, otherwise null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `Kies een wachtwoord van minstens ${PASSWORD_MIN} tekens.`;
  if (password.length > PASSWORD_MAX) return `Een wachtwoord mag hoogstens ${PASSWORD_MAX} tekens lang zijn.`;
  if (COMMON.has(password.toLowerCase())) return 'Dit wachtwoord komt voor in lijsten van veelgebruikte wachtwoorden. Kies een ander.';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verified against when the e-mail is unknown, so both answers take as long (no user enumeration).
let dummyHash: Promise<string> | null = null;
export function dummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('ketenwerk-timing-equaliser');
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}
