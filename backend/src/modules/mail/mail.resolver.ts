import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { PageArgs } from '../../common/pagination.js';
import { OutgoingMail, OutgoingMailConnection } from './mail.model.js';
import { MailService } from './mail.service.js';

@Resolver(() => OutgoingMail)
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => OutgoingMailConnection, { description: 'Outgoing mail, newest first (administrators only)' })
  outgoingMails(@Args() args: PageArgs, @Context() ctx: GqlContext) {
    return this.mail.list(ctx.viewer, args);
  }
}
