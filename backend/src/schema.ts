import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { MailResolver } from './modules/mail/mail.resolver.js';
import { AuthResolver } from './modules/accounts/auth.resolver.js';
import { UsersResolver } from './modules/accounts/users.resolver.js';
import { BesturenResolver } from './modules/regions/besturen.resolver.js';
import { RegionsResolver } from './modules/regions/regions.resolver.js';
import { ActivityResolver } from './modules/discussions/activity.resolver.js';
import { CommentsResolver, PostRevisionsResolver } from './modules/discussions/comments.resolver.js';
import { MarkdownPreviewResolver } from './modules/discussions/markdown-preview.resolver.js';
import { ModerationLogResolver, ModerationResolver } from './modules/discussions/moderation.resolver.js';
import { SpacesResolver } from './modules/discussions/spaces.resolver.js';
import { ThreadsResolver } from './modules/discussions/threads.resolver.js';
import { MilestonesResolver } from './modules/trajecten/milestones.resolver.js';
import { ParticipationResolver } from './modules/trajecten/participation.resolver.js';
import { ProgressUpdatesResolver } from './modules/trajecten/progress-updates.resolver.js';
import { ProgressUpdatePublishedResolver, TrajectLiveResolver } from './modules/trajecten/traject-live.resolver.js';
import { TrajectenResolver } from './modules/trajecten/trajecten.resolver.js';
import { CATALOGUE_RESOLVERS } from './modules/catalogue/catalogue.module.js';
import { FollowsResolver } from './modules/notifications/follows.resolver.js';
import { NotificationsResolver } from './modules/notifications/notifications.resolver.js';

/** Every resolver class, in one list, so the schema can be printed without a database. */
export const RESOLVERS = [AuthResolver, UsersResolver, RegionsResolver, BesturenResolver, MailResolver,
  SpacesResolver, ThreadsResolver, CommentsResolver, PostRevisionsResolver, ModerationResolver, ModerationLogResolver, ActivityResolver,
  MarkdownPreviewResolver,
  TrajectenResolver, MilestonesResolver, ProgressUpdatesResolver, ParticipationResolver, TrajectLiveResolver, ProgressUpdatePublishedResolver,
  ...CATALOGUE_RESOLVERS,
  NotificationsResolver, FollowsResolver,
];

/** The schema text as committed in backend/schema.gql (sorted, like the running app's). */
export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema: GraphQLSchema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  return schemaText(schema);
}

export function schemaText(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
