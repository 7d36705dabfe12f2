import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { clearSessionCookie, sessionCookie } from '../../common/cookies.js';
import {
  ChangePasswordInput, LoginInput, RegisterInput, RequestPasswordResetInput, ResetPasswordInput, RevokeSessionInput,
  UpdateProfileInput, VerifyEmailInput,
} from './accounts.inputs.js';
import { AccountsService } from './accounts.service.js';
import { SessionsService } from './sessions.service.js';
import { Session, User } from './user.model.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in person, or null' })
  me(@Context() ctx: GqlContext) {
    return ctx.viewer?.user ?? null;
  }

  @Query(() => [Session], { description: 'Your signed-in browsers and devices' })
  async mySessions(@Context() ctx: GqlContext) {
    const sessions = await this.sessions.listFor(ctx.viewer);
    return sessions.map((s) => ({ ...s, current: s.id === ctx.viewer?.sessionId }));
  }

  @Mutation(() => User, { description: 'Create an account; a verification mail is sent' })
  register(@Args('input') input: RegisterInput, @Context() ctx: GqlContext) {
    return this.accounts.register(input, ctx.meta);
  }

  @Mutation(() => User, { description: 'Sign in; sets the session cookie' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext) {
    const { user, token, sessionId } = await this.accounts.login(input, ctx.meta);
    ctx.setCookie(sessionCookie(token, this.sessions.ttlSeconds, ctx.secureCookies));
    // The rest of this response is answered as the person who just signed in.
    ctx.viewer = { user, sessionId };
    return user;
  }

  @Mutation(() => Boolean, { description: 'End this session' })
  async logout(@Context() ctx: GqlContext) {
    await this.accounts.logout(ctx.viewer);
    ctx.setCookie(clearSessionCookie(ctx.secureCookies));
    return true;
  }

  @Mutation(() => Boolean, { description: 'End all your sessions, on every device' })
  async logoutEverywhere(@Context() ctx: GqlContext) {
    await this.accounts.logoutEverywhere(ctx.viewer);
    ctx.setCookie(clearSessionCookie(ctx.secureCookies));
    return true;
  }

  @Mutation(() => Boolean, { description: 'End one of your sessions' })
  revokeSession(@Args('input') input: RevokeSessionInput, @Context() ctx: GqlContext) {
    return this.sessions.revokeOwn(ctx.viewer, input.id).then(() => true);
  }

  @Mutation(() => Boolean, { description: 'Mail a reset link if the address has an account; always answers true' })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() ctx: GqlContext) {
    return this.accounts.requestPasswordReset(input, ctx.meta);
  }

  @Mutation(() => Boolean, { description: 'Set a new password with a mailed token; ends all sessions' })
  resetPassword(@Args('input') input: ResetPasswordInput) {
    return this.accounts.resetPassword(input);
  }

  @Mutation(() => User, { description: 'Confirm an e-mail address with a mailed token' })
  verifyEmail(@Args('input') input: VerifyEmailInput) {
    return this.accounts.verifyEmail(input.token);
  }

  @Mutation(() => Boolean, { description: 'Send the verification mail again' })
  resendVerification(@Context() ctx: GqlContext) {
    return this.accounts.resendVerification(ctx.viewer);
  }

  @Mutation(() => Boolean, { description: 'Change your password; your other sessions end' })
  changePassword(@Args('input') input: ChangePasswordInput, @Context() ctx: GqlContext) {
    return this.accounts.changePassword(ctx.viewer, input);
  }

  @Mutation(() => User)
  updateProfile(@Args('input') input: UpdateProfileInput, @Context() ctx: GqlContext) {
    return this.accounts.updateProfile(ctx.viewer, input);
  }
}
