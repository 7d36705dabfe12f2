import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The werkruimte: spaces, threads, comments, reactions, reads, reports and the ordered event log. */
export class Discussions1764400000000 implements MigrationInterface {
  name = 'Discussions1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE spaces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('CENTRAL', 'REGION', 'TRAJECT')),
        region_id uuid REFERENCES regions(id) ON DELETE CASCADE,
        -- The traject's id; no foreign key, so this module does not depend on the trajecten module.
        owner_id uuid,
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        visibility text NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'MEMBERS')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'REGION') = (region_id IS NOT NULL)),
        CHECK ((kind = 'TRAJECT') = (owner_id IS NOT NULL))
      )`);
    // One space per region, one per traject, one central space: seeding and ensureTrajectSpace rely on it.
    await q.query(`CREATE UNIQUE INDEX spaces_region_id_key ON spaces (region_id) WHERE region_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX spaces_owner_id_key ON spaces (owner_id) WHERE owner_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX spaces_central_key ON spaces (kind) WHERE kind = 'CENTRAL'`);
    await q.query(`
      CREATE TABLE space_moderators (
        space_id uuid NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (space_id, user_id)
      )`);
    // Access is computed per person: "which spaces does this person moderate".
    await q.query(`CREATE INDEX space_moderators_user_id_idx ON space_moderators (user_id)`);

    await q.query(`
      CREATE TABLE threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_id uuid NOT NULL REFERENCES spaces(id),
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('VRAAG', 'DISCUSSIE', 'MEDEDELING')),
        title text NOT NULL CHECK (char_length(title) BETWEEN 3 AND 200),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 20000),
        body_html text NOT NULL,
        html_version smallint NOT NULL,
        tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 5),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
        members_only boolean NOT NULL DEFAULT false,
        pinned boolean NOT NULL DEFAULT false,
        locked boolean NOT NULL DEFAULT false,
        accepted_comment_id uuid,
        mentioned_user_ids uuid[] NOT NULL DEFAULT '{}',
        reply_count integer NOT NULL DEFAULT 0 CHECK (reply_count >= 0),
        -- Whole milliseconds, so keyset cursors (which carry JavaScript dates) compare exactly.
        last_activity_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        edited_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')
        ) STORED
      )`);
    // Thread lists are per space, by last activity.
    await q.query(`CREATE INDEX threads_space_activity_idx ON threads (space_id, last_activity_at DESC, id)`);
    // The list across all spaces (the default "Werkruimte" view) sorts the same way.
    await q.query(`CREATE INDEX threads_activity_idx ON threads (last_activity_at DESC, id)`);
    // Full-text search over titles and bodies.
    await q.query(`CREATE INDEX threads_search_idx ON threads USING gin (search)`);
    // The tag filter (tags @> ARRAY[…]).
    await q.query(`CREATE INDEX threads_tags_idx ON threads USING gin (tags)`);
    // "My questions".
    await q.query(`CREATE INDEX threads_author_id_idx ON threads (author_id)`);

    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Exact order of arrival: the keyset cursor of the comment list.
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 10000),
        body_html text NOT NULL,
        html_version smallint NOT NULL,
        mentioned_user_ids uuid[] NOT NULL DEFAULT '{}',
        edited_at timestamptz,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        hidden_at timestamptz,
        hidden_by uuid REFERENCES users(id) ON DELETE SET NULL,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (to_tsvector('dutch', body)) STORED
      )`);
    await q.query(`ALTER TABLE threads ADD CONSTRAINT threads_accepted_comment_fk
      FOREIGN KEY (accepted_comment_id) REFERENCES comments(id) ON DELETE SET NULL`);
    // A thread page lists its top-level comments in order of arrival.
    await q.query(`CREATE INDEX comments_thread_seq_idx ON comments (thread_id, seq) WHERE parent_id IS NULL`);
    // Replies load per parent comment; also every comment of a thread (unread counts) by thread.
    await q.query(`CREATE INDEX comments_parent_id_idx ON comments (parent_id, seq) WHERE parent_id IS NOT NULL`);
    await q.query(`CREATE INDEX comments_thread_created_idx ON comments (thread_id, created_at)`);
    // Full-text search over comments.
    await q.query(`CREATE INDEX comments_search_idx ON comments USING gin (search)`);

    await q.query(`
      CREATE TABLE post_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        editor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        title text,
        body text NOT NULL,
        -- When this version was written; created_at is when it was replaced.
        written_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The "bewerkt" history of one comment, or of a thread's opening post.
    await q.query(`CREATE INDEX post_revisions_comment_idx ON post_revisions (comment_id, created_at) WHERE comment_id IS NOT NULL`);
    await q.query(`CREATE INDEX post_revisions_thread_idx ON post_revisions (thread_id, created_at) WHERE comment_id IS NULL`);

    await q.query(`
      CREATE TABLE comment_reactions (
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL DEFAULT 'NUTTIG' CHECK (kind IN ('NUTTIG')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (comment_id, user_id, kind)
      )`);
    await q.query(`
      CREATE TABLE thread_reads (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        last_read_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, thread_id)
      )`);
    await q.query(`
      CREATE TABLE thread_participants (
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        post_count integer NOT NULL DEFAULT 1,
        first_posted_at timestamptz NOT NULL DEFAULT now(),
        last_posted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (thread_id, user_id)
      )`);
    // The "mine" filter: threads a person started or took part in.
    await q.query(`CREATE INDEX thread_participants_user_idx ON thread_participants (user_id, thread_id)`);

    await q.query(`
      CREATE TABLE discussion_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        reporter_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 3 AND 1000),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED', 'DISMISSED')),
        resolved_by uuid REFERENCES users(id) ON DELETE SET NULL,
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open report per person per post.
    await q.query(`CREATE UNIQUE INDEX discussion_reports_open_key ON discussion_reports
      (reporter_id, thread_id, (coalesce(comment_id, '00000000-0000-0000-0000-000000000000'::uuid))) WHERE status = 'OPEN'`);
    // The moderators' queue: open reports, oldest first.
    await q.query(`CREATE INDEX discussion_reports_queue_idx ON discussion_reports (status, created_at, id)`);

    await q.query(`
      CREATE TABLE space_events (
        position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        space_id uuid NOT NULL REFERENCES spaces(id),
        -- No foreign key: the log outlives what it mentions.
        thread_id uuid,
        actor_id uuid,
        type text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Replay for threadActivity(after:) and spaceActivity(after:).
    await q.query(`CREATE INDEX space_events_thread_idx ON space_events (thread_id, position) WHERE thread_id IS NOT NULL`);
    await q.query(`CREATE INDEX space_events_space_idx ON space_events (space_id, position)`);
    await q.query(`
      CREATE TABLE space_event_cursors (
        consumer text PRIMARY KEY,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE threads DROP CONSTRAINT threads_accepted_comment_fk`);
    for (const t of [
      'space_event_cursors', 'space_events', 'discussion_reports', 'thread_participants', 'thread_reads',
      'comment_reactions', 'post_revisions', 'comments', 'threads', 'space_moderators', 'spaces',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
