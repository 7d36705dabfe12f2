import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination.js';
import { MailStatus } from './outbox-mail.entity.js';

registerEnumType(MailStatus, {
  name: 'MailStatus',
  description: 'PENDING: waiting to be sent; SENDING: being handed to SMTP (a crash here is never resent, to avoid a duplicate); SENT: accepted by SMTP; STORED: no SMTP configured, kept here; FAILED: gave up after retries, or interrupted while sending and so not sent again',
});

@ObjectType({ description: 'A mail in the outbox, as administrators see it under "Uitgaande e-mail"' })
export class OutgoingMail {
  @Field(() => ID) id: string;
  @Field() to: string;
  @Field() subject: string;
  @Field() text: string;
  @Field(() => String, { nullable: true }) html: string | null;
  @Field(() => MailStatus) status: MailStatus;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) sentAt: Date | null;
}

@ObjectType()
export class OutgoingMailConnection extends Connection(OutgoingMail, 'A page of outgoing mail, newest first') {}
