import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination.js';

export enum Role {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'MEMBER: every account; ADMIN: platform staff; COORDINATOR: coordinator of at least one region',
});

@ObjectType({ description: 'A person with an account on Ketenwerk' })
export class User {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Only visible to the person and to administrators' })
  email: string | null;
  @Field({ description: 'Name shown to others' }) displayName: string;
  @Field(() => String, { nullable: true, description: 'Function or title, e.g. informatieveiligheidsconsulent' })
  jobTitle: string | null;
  @Field({ description: 'Whether the e-mail address was confirmed' }) emailVerified: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class UserConnection extends Connection(User, 'A page of users') {}

@ObjectType({ description: 'A signed-in browser or device' })
export class Session {
  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) lastSeenAt: Date;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field({ description: 'True for the session making this request' }) current: boolean;
}
