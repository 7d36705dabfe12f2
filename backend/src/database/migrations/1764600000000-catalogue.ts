import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Oplossingencatalogus: solutions, capabilities, indicators and their imports, bestuur profiles, adoption. */
export class Catalogue1764600000000 implements MigrationInterface {
  name = 'Catalogue1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE capabilities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        description text,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(_[a-z0-9]+)*$'),
        name text NOT NULL,
        unit text,
        source text NOT NULL,
        min_value double precision,
        max_value double precision,
        aggregation text NOT NULL CHECK (aggregation IN ('SUM', 'POPULATION_WEIGHTED_MEAN', 'NONE')),
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
      )`);
    await q.query(`
      CREATE TABLE solutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        summary text NOT NULL CHECK (char_length(summary) <= 150),
        description text NOT NULL DEFAULT '',
        type text NOT NULL CHECK (type IN ('SOFTWARE', 'DIENST', 'STANDAARD', 'BOUWSTEEN', 'DATASET', 'AANPAK')),
        domains text[] NOT NULL DEFAULT '{}',
        provider text,
        licence text,
        open_source boolean NOT NULL DEFAULT false,
        cost_indication text,
        maturity text NOT NULL CHECK (maturity IN ('CONCEPT', 'DEVELOPMENT', 'BETA', 'STABLE', 'OBSOLETE')),
        maintenance_type text CHECK (maintenance_type IN ('INTERNAL', 'CONTRACT', 'COMMUNITY', 'NONE')),
        maintenance_until date,
        contacts jsonb NOT NULL DEFAULT '[]',
        links jsonb NOT NULL DEFAULT '[]',
        standards text[] NOT NULL DEFAULT '{}',
        features text[] NOT NULL DEFAULT '{}',
        related_traject_slugs text[] NOT NULL DEFAULT '{}',
        processes text[] NOT NULL DEFAULT '{}',
        roles text[] NOT NULL DEFAULT '{}',
        effort_min_days integer CHECK (effort_min_days >= 0),
        effort_max_days integer CHECK (effort_max_days >= 0),
        population_min integer CHECK (population_min >= 0),
        population_max integer CHECK (population_max >= 0),
        change_notes text,
        steps jsonb NOT NULL DEFAULT '[]',
        publiccode jsonb,
        is_demo boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', name), 'A') ||
          setweight(to_tsvector('dutch', summary), 'B') ||
          setweight(to_tsvector('dutch', coalesce(provider, '')), 'C') ||
          setweight(to_tsvector('dutch', description), 'D')
        ) STORED,
        CHECK (effort_min_days IS NULL OR effort_max_days IS NULL OR effort_min_days <= effort_max_days),
        CHECK (population_min IS NULL OR population_max IS NULL OR population_min <= population_max)
      )`);
    // Dutch full-text search over name, summary, provider and description.
    await q.query(`CREATE INDEX solutions_search_idx ON solutions USING gin (search)`);
    // The domain facet filters with domains @> ARRAY[...].
    await q.query(`CREATE INDEX solutions_domains_idx ON solutions USING gin (domains)`);
    // The catalogue pages by (name, id) with a keyset cursor.
    await q.query(`CREATE INDEX solutions_name_id_idx ON solutions (name, id)`);
    await q.query(`
      CREATE TABLE solution_capabilities (
        solution_id uuid NOT NULL REFERENCES solutions(id) ON DELETE CASCADE,
        capability_id uuid NOT NULL REFERENCES capabilities(id) ON DELETE RESTRICT,
        level text NOT NULL CHECK (level IN ('REQUIRED', 'RECOMMENDED')),
        PRIMARY KEY (solution_id, capability_id)
      )`);
    // Deleting a capability checks this table; the fit joins a bestuur's capabilities to it.
    await q.query(`CREATE INDEX solution_capabilities_capability_idx ON solution_capabilities (capability_id)`);
    await q.query(`
      CREATE TABLE solution_prerequisites (
        solution_id uuid NOT NULL REFERENCES solutions(id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE RESTRICT,
        min_value double precision NOT NULL,
        PRIMARY KEY (solution_id, indicator_id)
      )`);
    // Deleting an indicator checks this table.
    await q.query(`CREATE INDEX solution_prerequisites_indicator_idx ON solution_prerequisites (indicator_id)`);
    await q.query(`
      CREATE TABLE indicator_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL,
        year integer,
        years integer[] NOT NULL DEFAULT '{}',
        file_name text,
        file_hash text NOT NULL,
        format text NOT NULL CHECK (format IN ('CSV', 'JSON', 'DEMO')),
        shape text CHECK (shape IN ('WIDE', 'LONG')),
        encoding text,
        via text NOT NULL CHECK (via IN ('WEB', 'CLI', 'DEMO')),
        row_count integer NOT NULL DEFAULT 0,
        value_count integer NOT NULL DEFAULT 0,
        new_count integer NOT NULL DEFAULT 0,
        changed_count integer NOT NULL DEFAULT 0,
        unchanged_count integer NOT NULL DEFAULT 0,
        skipped_count integer NOT NULL DEFAULT 0,
        imported_by uuid REFERENCES users(id) ON DELETE SET NULL,
        run_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Importing the same file again (same source, same year) is recognised and changes nothing.
    await q.query(`CREATE UNIQUE INDEX indicator_imports_file_idx ON indicator_imports (file_hash, source, coalesce(year, 0))`);
    // The import history pages newest first by (created_at, id).
    await q.query(`CREATE INDEX indicator_imports_created_idx ON indicator_imports (created_at, id)`);
    await q.query(`
      CREATE TABLE indicator_corrections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bestuur_id uuid NOT NULL REFERENCES besturen(id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 1900 AND 2100),
        current_value double precision,
        proposed_value double precision NOT NULL,
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
        proposed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The administrators' queue lists proposals by status, oldest first.
    await q.query(`CREATE INDEX indicator_corrections_status_idx ON indicator_corrections (status, created_at, id)`);
    await q.query(`
      CREATE TABLE indicator_values (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bestuur_id uuid NOT NULL REFERENCES besturen(id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 1900 AND 2100),
        value double precision NOT NULL,
        source text NOT NULL,
        import_id uuid REFERENCES indicator_imports(id) ON DELETE SET NULL,
        correction_id uuid REFERENCES indicator_corrections(id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One value per bestuur, indicator and year (earlier years stay as history); imports upsert on it
    // and a profile reads a bestuur's values through its prefix.
    await q.query(`CREATE UNIQUE INDEX indicator_values_key ON indicator_values (bestuur_id, indicator_id, year)`);
    // Region and Flanders comparisons average one indicator and year over all besturen.
    await q.query(`CREATE INDEX indicator_values_indicator_year_idx ON indicator_values (indicator_id, year)`);
    await q.query(`
      CREATE TABLE bestuur_capabilities (
        bestuur_id uuid NOT NULL REFERENCES besturen(id) ON DELETE CASCADE,
        capability_id uuid NOT NULL REFERENCES capabilities(id) ON DELETE CASCADE,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bestuur_id, capability_id)
      )`);
    await q.query(`
      CREATE TABLE adoptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bestuur_id uuid NOT NULL REFERENCES besturen(id) ON DELETE CASCADE,
        solution_id uuid NOT NULL REFERENCES solutions(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('GEINTERESSEERD', 'GEPLAND', 'IN_IMPLEMENTATIE', 'IN_GEBRUIK', 'UITGEFASEERD')),
        start_date date,
        end_date date,
        note text,
        contact_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (bestuur_id, solution_id),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    // Solution pages list adopters and the fit counts peers per solution and status.
    await q.query(`CREATE INDEX adoptions_solution_status_idx ON adoptions (solution_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'adoptions', 'bestuur_capabilities', 'indicator_values', 'indicator_corrections', 'indicator_imports',
      'solution_prerequisites', 'solution_capabilities', 'solutions', 'indicators', 'capabilities',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
