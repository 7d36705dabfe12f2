import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { MailResolver } from './modules/mail/mail.resolver.js';
import { AuthResolver } from './modules/accounts/auth.resolver.js';
import { UsersResolver } from './modules/accounts/users.resolver.js';
import { BesturenResolver } from './modules/regions/besturen.resolver.js';
import { RegionsResolver } from './modules/regions/regions.resolver.js';

/** Every resolver class, in one list, so the schema can be printed without a database. */
export const RESOLVERS = [AuthResolver, UsersResolver, RegionsResolver, BesturenResolver, MailResolver];

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
