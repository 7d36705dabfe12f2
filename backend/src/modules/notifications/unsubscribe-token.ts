import { createHmac, timingSafeEqual } from 'node:crypto';
import { NotificationDelivery, NotificationType } from './notifications.enums.js';

/**
 * The one-click unsubscribe link of a mail: who, what (one notification type, or every type that
 * goes into the daily or weekly digest) and until when, signed with APP_SECRET. Nothing is stored:
 * a link cannot be guessed or altered, and it stops working after TOKEN_DAYS.
 */

export type UnsubscribeScope = NotificationType | NotificationDelivery.DAGELIJKS | NotificationDelivery.WEKELIJKS;

export interface UnsubscribeClaim {
  userId: string;
  scope: UnsubscribeScope;
  /** Expiry, seconds since 1970. */
  exp: number;
}

export const TOKEN_DAYS = 90;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SCOPES = new Set<string>([...Object.values(NotificationType), NotificationDelivery.DAGELIJKS, NotificationDelivery.WEKELIJKS]);

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(`unsubscribe:${body}`).digest('base64url');

export function signUnsubscribe(secret: string, userId: string, scope: UnsubscribeScope, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ u: userId, s: scope, e: Math.floor(now / 1000) + TOKEN_DAYS * 86_400 })).toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

/** The claim of a genuine, unexpired token; null for anything else. */
export function verifyUnsubscribe(secret: string, token: unknown, now = Date.now()): UnsubscribeClaim | null {
  if (typeof token !== 'string' || token.length > 500) return null;
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const c = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { u?: unknown; s?: unknown; e?: unknown };
    if (typeof c.u !== 'string' || !UUID.test(c.u) || typeof c.s !== 'string' || !SCOPES.has(c.s) || typeof c.e !== 'number') return null;
    if (c.e * 1000 <= now) return null;
    return { userId: c.u, scope: c.s as UnsubscribeScope, exp: c.e };
  } catch {
    return null;
  }
}
