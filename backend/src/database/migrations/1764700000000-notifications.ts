import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following and notifications: follows, notifications (in-app and what e-mail they get), per-type
 * preferences, digest runs, the consumer's cursors; headers and send claims on the mail outbox; a
 * position on audit_events so role changes can be read in order like the other event logs.
 */
export class Notifications1764700000000 implements MigrationInterface {
  name = 'Notifications1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE follows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        target_type text NOT NULL CHECK (target_type IN ('THREAD', 'SPACE', 'TRAJECT', 'SOLUTION')),
        -- No foreign key: the target lives in another module's table, named by target_type.
        target_id uuid NOT NULL,
        level text NOT NULL CHECK (level IN ('ALLES', 'NIEUWE_ONDERWERPEN', 'NORMAAL', 'GEDEMPT')),
        -- Made by the platform (posting, appointment, joining a team, subscribing), not chosen by the person.
        auto boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, target_type, target_id)
      )`);
    // The fan-out reads the followers of one thread, space or traject.
    await q.query(`CREATE INDEX follows_target_idx ON follows (target_type, target_id)`);
    // myFollows pages a person's follows newest first by (created_at, id).
    await q.query(`CREATE INDEX follows_user_created_idx ON follows (user_id, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE digest_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        frequency text NOT NULL CHECK (frequency IN ('DAGELIJKS', 'WEKELIJKS')),
        -- D2025-12-02 for a day, W2025-12-01 for the week from that Monday (Europe/Brussels): one digest per person per period.
        period_key text NOT NULL,
        item_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (period_key, user_id)
      )`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN (
          'REPLY_TO_THREAD', 'REPLY_TO_COMMENT', 'MENTION', 'ANSWER_ACCEPTED', 'NEW_THREAD', 'NEW_COMMENT',
          'PROGRESS_UPDATE', 'MILESTONE_REACHED', 'PARTICIPATION_REQUESTED', 'PARTICIPATION_DECIDED',
          'ROLE_CHANGED', 'MODERATION', 'SOLUTION_CHANGED')),
        -- The log entry it came from (space_events, traject_events, audit_events) and its position there.
        source text NOT NULL,
        position bigint NOT NULL,
        -- Source, writing transaction and subject: one notification per person per change, however
        -- many of its log entries concern them, and a replayed entry cannot add a second one.
        dedupe_key text NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        actor_name text,
        subject_title text NOT NULL,
        excerpt text,
        -- What digests group by: the traject, the space, the solution, or the person's own account.
        context_kind text NOT NULL CHECK (context_kind IN ('TRAJECT', 'SPACE', 'SOLUTION', 'ACCOUNT')),
        context_id uuid,
        context_title text,
        link text NOT NULL,
        thread_id uuid,
        comment_id uuid,
        traject_id uuid,
        update_id uuid,
        details jsonb NOT NULL DEFAULT '{}',
        -- How it is mailed, fixed when it is created (preferences at that moment).
        email_delivery text NOT NULL CHECK (email_delivery IN ('DIRECT', 'DAGELIJKS', 'WEKELIJKS', 'NOOIT')),
        digest_run_id uuid REFERENCES digest_runs(id) ON DELETE SET NULL,
        read_at timestamptz,
        -- When it happened (the log entry's time, whole milliseconds for keyset cursors).
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    // The no-duplicate rule (ON CONFLICT DO NOTHING in the fan-out).
    await q.query(`CREATE UNIQUE INDEX notifications_dedupe_key ON notifications (recipient_id, dedupe_key)`);
    // The bell's list pages a person's notifications newest first by (created_at, id).
    await q.query(`CREATE INDEX notifications_list_idx ON notifications (recipient_id, created_at DESC, id DESC)`);
    // The unread count, asked on every page and after every fan-out; read rows leave the index.
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`);
    // The digest builder finds what is still to be summarised; rows leave the index once in a digest.
    await q.query(`CREATE INDEX notifications_digest_due_idx ON notifications (email_delivery, created_at)
      WHERE digest_run_id IS NULL AND email_delivery IN ('DAGELIJKS', 'WEKELIJKS')`);

    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL,
        delivery text NOT NULL CHECK (delivery IN ('DIRECT', 'DAGELIJKS', 'WEKELIJKS', 'NOOIT')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, type)
      )`);

    await q.query(`
      CREATE TABLE notification_cursors (
        source text PRIMARY KEY,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`ALTER TABLE outbox_mails ADD COLUMN headers jsonb`);
    // A claim is committed before the mail goes to SMTP, so a crash after sending is recognisable.
    await q.query(`ALTER TABLE outbox_mails ADD COLUMN claim_token uuid, ADD COLUMN claimed_at timestamptz`);
    await q.query(`ALTER TABLE outbox_mails DROP CONSTRAINT outbox_mails_status_check`);
    await q.query(`ALTER TABLE outbox_mails ADD CONSTRAINT outbox_mails_status_check
      CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'STORED', 'FAILED'))`);
    // The sender looks for claims left behind by a crash.
    await q.query(`CREATE INDEX outbox_mails_sending_idx ON outbox_mails (claimed_at) WHERE status = 'SENDING'`);

    await q.query(`ALTER TABLE audit_events ADD COLUMN position bigint GENERATED ALWAYS AS IDENTITY`);
    // The notification consumer reads the audit trail in position order after its cursor.
    await q.query(`CREATE UNIQUE INDEX audit_events_position_key ON audit_events (position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_position_key`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN position`);
    await q.query(`DROP INDEX outbox_mails_sending_idx`);
    // A claim that never finished goes back to the queue.
    await q.query(`UPDATE outbox_mails SET status = 'PENDING' WHERE status = 'SENDING'`);
    await q.query(`ALTER TABLE outbox_mails DROP CONSTRAINT outbox_mails_status_check`);
    await q.query(`ALTER TABLE outbox_mails ADD CONSTRAINT outbox_mails_status_check
      CHECK (status IN ('PENDING', 'SENT', 'STORED', 'FAILED'))`);
    await q.query(`ALTER TABLE outbox_mails DROP COLUMN claimed_at, DROP COLUMN claim_token, DROP COLUMN headers`);
    for (const t of ['notification_cursors', 'notification_preferences', 'notifications', 'digest_runs', 'follows']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
