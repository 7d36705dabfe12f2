import type { Client, GqlResult, TestApp } from '../../test/harness.js';
import { MailService } from '../mail/mail.service.js';
import { NotificationsConsumer } from './notifications.consumer.js';

/** Test helpers for notifications: wait for the consumer, read a person's bell as they would. */

/**
 * Lets the consumer handle every event written so far, and the outbox hand on the mails it queued
 * (both also run by themselves; this makes tests deterministic).
 */
export async function settle(app: TestApp): Promise<void> {
  await app.app.get(NotificationsConsumer).drain();
  // flush() waits for a run that starts after the call, so mails queued above are handled.
  await app.app.get(MailService).flush();
}

export const NOTIFICATION_FIELDS = `id type summary subjectTitle excerpt link read readAt createdAt emailDelivery threadId commentId trajectId updateId
  actor { id displayName } context { kind id title }`;

export const Q = {
  notifications: `query($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount edges { cursor node { ${NOTIFICATION_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
  count: `{ unreadNotificationCount }`,
  markRead: `mutation($input: NotificationIdInput!) { markNotificationRead(input: $input) { id read readAt } }`,
  markAll: `mutation { markAllNotificationsRead }`,
  follow: `mutation($input: FollowTargetInput!) { followTarget(input: $input) { id targetType targetId level auto target { title link } } }`,
  unfollow: `mutation($input: UnfollowTargetInput!) { unfollowTarget(input: $input) { targetType targetId level via follow { id } } }`,
  status: `query($t: FollowTargetType!, $id: ID!) { followStatus(targetType: $t, targetId: $id) { level via follow { id auto } } }`,
  myFollows: `query($first: Int, $after: String, $type: FollowTargetType) {
    myFollows(first: $first, after: $after, targetType: $type) {
      totalCount edges { node { id targetType targetId level auto target { title link } } } pageInfo { hasNextPage endCursor } } }`,
  preferences: `{ notificationPreferences { type label delivery isDefault } }`,
  setPreferences: `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { type delivery isDefault } }`,
};

export function data<T = any>(r: GqlResult, path: string): T {
  if (r.errors) throw new Error(`${path} failed: ${JSON.stringify(r.errors)}`);
  return r.data![path] as T;
}

export interface Bell {
  count: number;
  items: any[];
}

/** What a person's bell shows: the unread count and the newest notifications. */
export async function bell(c: Client): Promise<Bell> {
  const [list, count] = await Promise.all([c.gql(Q.notifications, { first: 50 }), c.gql(Q.count)]);
  return { count: data<number>(count, 'unreadNotificationCount'), items: data(list, 'notifications').edges.map((e: any) => e.node) };
}

export async function follow(c: Client, targetType: string, targetId: string, level?: string) {
  return data(await c.gql(Q.follow, { input: { targetType, targetId, ...(level ? { level } : {}) } }), 'followTarget');
}

/** Every notification row, for assertions a person cannot make through the API (e.g. "nobody else got one"). */
export async function rows(app: TestApp, where = 'true', params: unknown[] = []): Promise<any[]> {
  return app.ds.query(`SELECT id, recipient_id, type, source, dedupe_key, email_delivery, details, link FROM notifications WHERE ${where} ORDER BY created_at, id`, params);
}

/** Everything this module stores, to prove a refused request changed nothing. */
export async function snapshot(app: TestApp): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of ['follows', 'notifications', 'notification_preferences', 'digest_runs', 'outbox_mails']) {
    const [r] = await app.ds.query(`SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS f FROM ${t} x`);
    out[t] = r.f;
  }
  return out;
}

export const mention = (user: { id: string }, name = 'iemand') => `@[${name}](user:${user.id})`;
