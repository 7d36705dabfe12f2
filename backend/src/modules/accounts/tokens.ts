import { createHash, randomBytes } from 'node:crypto';

/** An opaque random token for a cookie or a mail link, and the hash that is stored instead. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
