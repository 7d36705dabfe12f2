import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        description text,
        province text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE besturen (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        nis_code text UNIQUE,
        kind text NOT NULL CHECK (kind IN ('MUNICIPALITY', 'PARTNER')),
        name text NOT NULL,
        province text,
        arrondissement text,
        population integer CHECK (population >= 0),
        region_id uuid REFERENCES regions(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Region pages list their municipalities.
    await q.query(`CREATE INDEX besturen_region_id_idx ON besturen (region_id)`);
    // The besturen connection pages by (name, id) with a keyset cursor.
    await q.query(`CREATE INDEX besturen_kind_name_id_idx ON besturen (kind, name, id)`);
    await q.query(`
      CREATE TABLE nis_mergers (
        old_nis_code text PRIMARY KEY,
        old_name text NOT NULL,
        new_nis_code text NOT NULL,
        effective_on date NOT NULL
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        job_title text,
        password_hash text NOT NULL,
        is_admin boolean NOT NULL DEFAULT false,
        email_verified_at timestamptz,
        bestuur_id uuid REFERENCES besturen(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // E-mail addresses are unique regardless of case; login looks them up the same way.
    await q.query(`CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email))`);
    // The admin user list pages by (display_name, id).
    await q.query(`CREATE INDEX users_display_name_id_idx ON users (display_name, id)`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        user_agent text,
        ip text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    // "Log out everywhere" and the sessions list look up by user.
    await q.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);
    await q.query(`
      CREATE TABLE auth_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A new reset or verification token invalidates the user's earlier ones of the same kind.
    await q.query(`CREATE INDEX auth_tokens_user_kind_idx ON auth_tokens (user_id, kind)`);
    await q.query(`
      CREATE TABLE region_coordinators (
        region_id uuid NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        appointed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_id, user_id)
      )`);
    // me.coordinatorOf loads by user.
    await q.query(`CREATE INDEX region_coordinators_user_id_idx ON region_coordinators (user_id)`);
    await q.query(`
      CREATE TABLE outbox_mails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'STORED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The sender claims due mail; a partial index keeps that scan small as sent mail piles up.
    await q.query(`CREATE INDEX outbox_mails_due_idx ON outbox_mails (next_attempt_at) WHERE status = 'PENDING'`);
    // The admin list pages newest first by (created_at, id).
    await q.query(`CREATE INDEX outbox_mails_created_idx ON outbox_mails (created_at, id)`);
    await q.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Audit views filter by subject.
    await q.query(`CREATE INDEX audit_events_subject_idx ON audit_events (subject_type, subject_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['audit_events', 'outbox_mails', 'region_coordinators', 'auth_tokens', 'sessions', 'users', 'nis_mergers', 'besturen', 'regions']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
