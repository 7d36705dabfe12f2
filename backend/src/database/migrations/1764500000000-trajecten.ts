import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Innovatietrajecten: trajects, team, milestones, progress, updates, subscriptions, rollout, and their event log. */
export class Trajecten1764500000000 implements MigrationInterface {
  name = 'Trajecten1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trajects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        title text NOT NULL,
        summary text NOT NULL CHECK (char_length(summary) <= 300),
        description text NOT NULL DEFAULT '',
        phase text NOT NULL CHECK (phase IN ('ADOPTEREN', 'INNOVEREN')),
        pillars text[] NOT NULL CHECK (cardinality(pillars) >= 1 AND pillars <@ ARRAY[
          'INFORMATIE_ICT_CAPACITEIT', 'INTERBESTUURLIJKE_KETENINTEGRATIE', 'LOKALE_BESTUREN_KETENPARTNER']::text[]),
        status text NOT NULL DEFAULT 'IDEE'
          CHECK (status IN ('IDEE', 'VOORBEREIDING', 'PILOOTFASE', 'UITROL', 'AFGEROND', 'GEPAUZEERD')),
        visibility text NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'MEMBERS')),
        start_date date,
        target_date date,
        partners text[] NOT NULL DEFAULT '{}',
        progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        progress_mode text NOT NULL DEFAULT 'ROLLUP' CHECK (progress_mode IN ('ROLLUP', 'MANUAL')),
        progress_reason text,
        space_id uuid,
        is_demo boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (start_date IS NULL OR target_date IS NULL OR target_date >= start_date)
      )`);
    // seam: space_id will reference the werkruimte's spaces(id) once the discussions module lands.
    // The overview pages by (title, id) with a keyset cursor.
    await q.query(`CREATE INDEX trajects_title_id_idx ON trajects (title, id)`);

    await q.query(`
      CREATE TABLE traject_members (
        traject_id uuid NOT NULL REFERENCES trajects(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('LEAD', 'MEMBER')),
        appointed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (traject_id, user_id)
      )`);
    // "Mijn trajecten" and the viewer's role on each card look up by person.
    await q.query(`CREATE INDEX traject_members_user_id_idx ON traject_members (user_id)`);

    await q.query(`
      CREATE TABLE milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        traject_id uuid NOT NULL REFERENCES trajects(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'GEPLAND' CHECK (status IN ('GEPLAND', 'BEZIG', 'BEHAALD', 'VERTRAAGD')),
        weight integer NOT NULL DEFAULT 1 CHECK (weight BETWEEN 0 AND 1000),
        reached_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The milestone timeline and the roll-up read a traject's milestones by due date.
    await q.query(`CREATE INDEX milestones_traject_due_idx ON milestones (traject_id, due_date)`);

    await q.query(`
      CREATE TABLE progress_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        traject_id uuid NOT NULL REFERENCES trajects(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        title text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED')),
        publish_at timestamptz,
        published_at timestamptz,
        edited_at timestamptz,
        milestone_changes jsonb NOT NULL DEFAULT '[]',
        attach_progress boolean NOT NULL DEFAULT false,
        progress_snapshot smallint CHECK (progress_snapshot BETWEEN 0 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL),
        CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
      )`);
    // A traject's timeline and per-traject feeds: published updates, newest first.
    await q.query(`CREATE INDEX progress_updates_published_idx ON progress_updates (traject_id, published_at DESC, id DESC) WHERE status = 'PUBLISHED'`);
    // The all-trajecten feed: the newest published updates across trajects.
    await q.query(`CREATE INDEX progress_updates_feed_idx ON progress_updates (published_at DESC) WHERE status = 'PUBLISHED'`);
    // The scheduler looks for due updates; a partial index keeps that lookup small.
    await q.query(`CREATE INDEX progress_updates_due_idx ON progress_updates (publish_at) WHERE status = 'SCHEDULED'`);
    // The team's lists of drafts and scheduled updates (and the cascade from trajects).
    await q.query(`CREATE INDEX progress_updates_traject_status_idx ON progress_updates (traject_id, status, updated_at)`);

    await q.query(`
      CREATE TABLE progress_update_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        update_id uuid NOT NULL REFERENCES progress_updates(id) ON DELETE CASCADE,
        title text NOT NULL,
        body text NOT NULL,
        edited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // An update's edit history, oldest first.
    await q.query(`CREATE INDEX progress_update_revisions_update_idx ON progress_update_revisions (update_id, created_at)`);

    await q.query(`
      CREATE TABLE traject_progress (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        traject_id uuid NOT NULL REFERENCES trajects(id) ON DELETE CASCADE,
        progress smallint NOT NULL CHECK (progress BETWEEN 0 AND 100),
        mode text NOT NULL CHECK (mode IN ('ROLLUP', 'MANUAL')),
        reason text,
        changed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        update_id uuid REFERENCES progress_updates(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The progress-over-time chart reads one traject's history in order.
    await q.query(`CREATE INDEX traject_progress_traject_idx ON traject_progress (traject_id, created_at)`);

    await q.query(`
      CREATE TABLE outcome_indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        traject_id uuid NOT NULL REFERENCES trajects(id) ON DELETE CASCADE,
        name text NOT NULL,
        unit text NOT NULL DEFAULT '',
        description text,
        baseline numeric NOT NULL,
        target numeric,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A traject page loads its indicators.
    await q.query(`CREATE INDEX outcome_indicators_traject_idx ON outcome_indicators (traject_id)`);
    await q.query(`
      CREATE TABLE indicator_measurements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES outcome_indicators(id) ON DELETE CASCADE,
        value numeric NOT NULL,
        measured_on date NOT NULL,
        note text,
        recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // An indicator's measured values over time.
    await q.query(`CREATE INDEX indicator_measurements_indicator_idx ON indicator_measurements (indicator_id, measured_on)`);

    await q.query(`
      CREATE TABLE traject_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        traject_id uuid NOT NULL REFERENCES trajects(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('DEELNEMEN', 'VOLGEN')),
        request_status text CHECK (request_status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        request_message text,
        bestuur_id uuid REFERENCES besturen(id) ON DELETE SET NULL,
        decision_message text,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (traject_id, user_id),
        CHECK (level <> 'DEELNEMEN' OR request_status IN ('PENDING', 'ACCEPTED'))
      )`);
    // "Mijn trajecten" and the viewer's own subscription look up by person.
    await q.query(`CREATE INDEX traject_subscriptions_user_id_idx ON traject_subscriptions (user_id)`);
    // The team's subscriber list pages by (created_at, id) within a traject.
    await q.query(`CREATE INDEX traject_subscriptions_list_idx ON traject_subscriptions (traject_id, created_at, id)`);

    // Only the municipalities that are not "niet betrokken" have a row: the default is the absence of one.
    await q.query(`
      CREATE TABLE traject_rollout (
        traject_id uuid NOT NULL REFERENCES trajects(id) ON DELETE CASCADE,
        bestuur_id uuid NOT NULL REFERENCES besturen(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('GEINTERESSEERD', 'DEELNEMER', 'LIVE')),
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (traject_id, bestuur_id)
      )`);

    // Ordered log of everything that happened to a traject; also the outbox for notifications.
    await q.query(`
      CREATE TABLE traject_events (
        position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        traject_id uuid NOT NULL REFERENCES trajects(id) ON DELETE CASCADE,
        type text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Subscriptions replay one traject's events after a position.
    await q.query(`CREATE INDEX traject_events_traject_position_idx ON traject_events (traject_id, position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'traject_events', 'traject_rollout', 'traject_subscriptions', 'indicator_measurements', 'outcome_indicators',
      'traject_progress', 'progress_update_revisions', 'progress_updates', 'milestones', 'traject_members', 'trajects',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
