import { NotificationDelivery, NotificationType } from './notifications.enums.js';
import { signUnsubscribe, TOKEN_DAYS, verifyUnsubscribe } from './unsubscribe-token.js';

const SECRET = 'een-geheim-van-minstens-32-tekens-lang';
const USER = '6f1c1b1e-3a53-4c53-9d7e-2a3c0f1b2c3d';

describe('unsubscribe links', () => {
  it('accepts its own link until it expires', () => {
    const now = Date.UTC(2025, 11, 1);
    const token = signUnsubscribe(SECRET, USER, NotificationType.MENTION, now);
    expect(verifyUnsubscribe(SECRET, token, now)).toMatchObject({ userId: USER, scope: 'MENTION' });
    expect(verifyUnsubscribe(SECRET, token, now + (TOKEN_DAYS * 86_400 - 1) * 1000)).not.toBeNull();
    expect(verifyUnsubscribe(SECRET, token, now + TOKEN_DAYS * 86_400_000)).toBeNull();
  });

  it('refuses another secret, an altered claim, and anything that is not a token', () => {
    const token = signUnsubscribe(SECRET, USER, NotificationDelivery.DAGELIJKS);
    const [, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ u: USER, s: 'WEKELIJKS', e: 4102444800 })).toString('base64url');
    expect(verifyUnsubscribe('een-ander-geheim-van-minstens-32-tekens', token)).toBeNull();
    expect(verifyUnsubscribe(SECRET, `${forged}.${sig}`)).toBeNull();
    for (const bad of [undefined, '', 'x', `${token}.x`, token.slice(0, -2), ['a']]) expect(verifyUnsubscribe(SECRET, bad)).toBeNull();
  });
});
