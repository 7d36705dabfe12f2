import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config.js';
import type { RequestMeta } from '../../common/context.js';
import { BadInputError, ConflictError, UnauthenticatedError } from '../../common/errors.js';
import { RateLimitService } from '../../common/rate-limit.service.js';
import { InjectConfig } from '../../common/tokens.js';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { inTransaction } from '../../database/transaction.js';
import { MailService } from '../mail/mail.service.js';
import { BestuurEntity } from '../regions/bestuur.entity.js';
import { resetMail, verificationMail } from './accounts.mails.js';
import type {
  ChangePasswordInput, LoginInput, RegisterInput, RequestPasswordResetInput, ResetPasswordInput, UpdateProfileInput,
} from './accounts.inputs.js';
import { AuthTokenEntity, AuthTokenKind } from './auth-token.entity.js';
import { dummyVerify, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { SessionsService } from './sessions.service.js';
import { hashToken, newToken } from './tokens.js';
import { UserEntity } from './user.entity.js';


const VERIFY_TTL_MS = 48 * 3600 * 1000;
const RESET_TTL_MS = 3600 * 1000;
const WRONG_LOGIN = 'E-mailadres of wachtwoord klopt niet.';
const BAD_LINK = 'Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe aan.';

const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AccountsService {
  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
    private readonly limits: RateLimitService,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {}

  async register(input: RegisterInput, meta: RequestMeta): Promise<UserEntity> {
    const fields: Record<string, string> = {};
    const pw = passwordProblem(input.password);
    if (pw) fields.password = pw;
    const displayName = input.displayName.trim();
    if (displayName.length < 2) fields.displayName = 'Een weergavenaam telt 2 tot 80 tekens.';
    const bestuurId = await this.bestuurIdFor(input.bestuurCode, fields);
    if (Object.keys(fields).length) throw new BadInputError(fields);
    await this.limits.consume('registerPerIp', meta.ip);

    const email = input.email.trim();
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.ds, async (m) => {
      if (await this.findByEmail(m, email)) {
        throw new ConflictError('Er bestaat al een profiel met dit e-mailadres. Meld je aan of vraag een nieuw wachtwoord aan.', {
          email: 'Dit e-mailadres is al in gebruik.',
        });
      }
      const user = await m.getRepository(UserEntity).save({
        email, displayName, passwordHash, jobTitle: input.jobTitle?.trim() || null, bestuurId,
      });
      await this.sendVerification(m, user);
      return user;
    });
  }

  async verifyEmail(token: string): Promise<UserEntity> {
    const user = await inTransaction(this.ds, async (m) => {
      const t = await this.useToken(m, token, AuthTokenKind.VERIFY_EMAIL);
      await m.getRepository(UserEntity).update(t.userId, { emailVerifiedAt: new Date() });
      return m.getRepository(UserEntity).findOneByOrFail({ id: t.userId });
    });
    await this.sessions.userChanged(user.id);
    return user;
  }

  async resendVerification(viewer: Viewer | null): Promise<boolean> {
    const v = requireViewer(viewer);
    if (v.user.emailVerifiedAt) throw new ConflictError('Je e-mailadres is al bevestigd.');
    await this.limits.consume('mailResendPerAccount', v.user.id);
    await inTransaction(this.ds, (m) => this.sendVerification(m, v.user));
    return true;
  }

  /** Checks the password and opens a session. Unknown e-mail and wrong password get the same answer. */
  async login(input: LoginInput, meta: RequestMeta): Promise<{ user: UserEntity; token: string; sessionId: string }> {
    const email = normaliseEmail(input.email);
    await this.limits.check('loginFailuresPerIp', meta.ip);
    await this.limits.check('loginFailuresPerAccount', email);
    const user = await this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email })
      .getOne();
    const ok = user ? await verifyPassword(user.passwordHash, input.password) : await dummyVerify(input.password);
    if (!user || !ok) {
      await this.limits.consume('loginFailuresPerIp', meta.ip);
      await this.limits.consume('loginFailuresPerAccount', email);
      throw new UnauthenticatedError(WRONG_LOGIN);
    }
    await this.limits.reset('loginFailuresPerAccount', email);
    const { token, session } = await this.sessions.create(user.id, meta);
    return { user, token, sessionId: session.id };
  }

  async logout(viewer: Viewer | null): Promise<boolean> {
    if (viewer) await this.sessions.revokeOwn(viewer, viewer.sessionId);
    return true;
  }

  async logoutEverywhere(viewer: Viewer | null): Promise<boolean> {
    const v = requireViewer(viewer);
    await this.sessions.revokeAll(v.user.id);
    return true;
  }

  /** Always answers the same, whether or not the address has an account. */
  async requestPasswordReset(input: RequestPasswordResetInput, meta: RequestMeta): Promise<boolean> {
    await this.limits.consume('passwordResetPerIp', meta.ip);
    const email = normaliseEmail(input.email);
    if (!(await this.limits.tryConsume('passwordResetPerAccount', email))) return true;
    await inTransaction(this.ds, async (m) => {
      const user = await this.findByEmail(m, email);
      if (!user) return;
      const url = await this.issueToken(m, user.id, AuthTokenKind.RESET_PASSWORD, RESET_TTL_MS, '/wachtwoord-herstellen');
      await this.mail.enqueue(m, resetMail(user.email, user.displayName, url));
    });
    return true;
  }

  async resetPassword(input: ResetPasswordInput): Promise<boolean> {
    const pw = passwordProblem(input.password);
    if (pw) throw new BadInputError({ password: pw });
    const passwordHash = await hashPassword(input.password);
    const userId = await inTransaction(this.ds, async (m) => {
      const t = await this.useToken(m, input.token, AuthTokenKind.RESET_PASSWORD);
      // Following the mailed link proves the address, too.
      await m.query(
        `UPDATE users SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1`,
        [t.userId, passwordHash],
      );
      return t.userId;
    });
    await this.sessions.revokeAll(userId);
    return true;
  }

  async changePassword(viewer: Viewer | null, input: ChangePasswordInput): Promise<boolean> {
    const v = requireViewer(viewer);
    const user = await this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: v.user.id })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new BadInputError({ currentPassword: 'Je huidige wachtwoord klopt niet.' });
    }
    const pw = passwordProblem(input.newPassword);
    if (pw) throw new BadInputError({ newPassword: pw });
    await this.ds.getRepository(UserEntity).update(v.user.id, { passwordHash: await hashPassword(input.newPassword) });
    // Other browsers must sign in again with the new password; this one stays signed in.
    await this.sessions.revokeAll(v.user.id, v.sessionId);
    return true;
  }

  async updateProfile(viewer: Viewer | null, input: UpdateProfileInput): Promise<UserEntity> {
    const v = requireViewer(viewer);
    const fields: Record<string, string> = {};
    const patch: Partial<UserEntity> = {};
    if (input.displayName !== undefined) {
      const name = input.displayName.trim();
      if (name.length < 2) fields.displayName = 'Een weergavenaam telt 2 tot 80 tekens.';
      patch.displayName = name;
    }
    if (input.jobTitle !== undefined) patch.jobTitle = input.jobTitle?.trim() || null;
    if (input.bestuurCode !== undefined) patch.bestuurId = await this.bestuurIdFor(input.bestuurCode, fields);
    if (Object.keys(fields).length) throw new BadInputError(fields);
    if (Object.keys(patch).length) {
      await this.ds.getRepository(UserEntity).update(v.user.id, patch);
      await this.sessions.userChanged(v.user.id);
    }
    return this.ds.getRepository(UserEntity).findOneByOrFail({ id: v.user.id });
  }

  private async bestuurIdFor(code: string | null | undefined, fields: Record<string, string>): Promise<string | null> {
    if (!code) return null;
    const b = await this.ds.getRepository(BestuurEntity).findOneBy({ code: code.trim() });
    if (!b) fields.bestuurCode = 'Dit bestuur kennen we niet. Kies een gemeente of partnerorganisatie uit de lijst.';
    return b?.id ?? null;
  }

  private findByEmail(m: EntityManager, email: string): Promise<UserEntity | null> {
    return m.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.email) = :e', { e: normaliseEmail(email) }).getOne();
  }

  private async sendVerification(m: EntityManager, user: UserEntity): Promise<void> {
    const url = await this.issueToken(m, user.id, AuthTokenKind.VERIFY_EMAIL, VERIFY_TTL_MS, '/e-mail-bevestigen');
    await this.mail.enqueue(m, verificationMail(user.email, user.displayName, url));
  }

  /** A new token replaces the user's earlier unused ones of the same kind. */
  private async issueToken(m: EntityManager, userId: string, kind: AuthTokenKind, ttlMs: number, path: string): Promise<string> {
    await m.query(`UPDATE auth_tokens SET used_at = now() WHERE user_id = $1 AND kind = $2 AND used_at IS NULL`, [userId, kind]);
    const { token, hash } = newToken();
    await m.insert(AuthTokenEntity, { userId, kind, tokenHash: hash, expiresAt: new Date(Date.now() + ttlMs) });
    return `${this.cfg.APP_ORIGIN}${path}?token=${token}`;
  }

  /** Marks a valid token used (once, even under concurrent use) or fails with a clear error. */
  private async useToken(m: EntityManager, token: string, kind: AuthTokenKind): Promise<AuthTokenEntity> {
    const rows: AuthTokenEntity[] = await m.query(
      `UPDATE auth_tokens SET used_at = now()
       WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING id, user_id AS "userId"`,
      [hashToken(token), kind],
    );
    const t = Array.isArray(rows[0]) ? (rows[0] as AuthTokenEntity[])[0] : rows[0];
    if (!t) throw new BadInputError({ token: BAD_LINK }, BAD_LINK);
    return t;
  }
}
