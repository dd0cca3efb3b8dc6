-- Adoption: brings an installation of the original system (its six tables, created by hand, with
-- no schema_migrations) to the shape of migrations/0001_init.sql, keeping every row, every grant and
-- every view. The runner checks column compatibility first, runs this file in the same transaction
-- as the rest of the migration, and then records 0001_init.sql as applied.
--
-- What it changes on the installation's tables:
--   * tables the installation lacks are created (in the original shape, then brought up like the rest);
--   * the installation's own CHECK, UNIQUE and FOREIGN KEY constraints and unique indexes are
--     replaced by 0001's (its primary keys stay); its other indexes stay;
--   * runs gain `repository` ('' for the rows that exist: one repository, before there were several),
--     proposals gain their run's repository and run_date;
--   * NULL metrics, payloads, flag metadata and blocked_reasons become empty ({}), and a NULL
--     allowlisted becomes false (not allowed);
--   * rows that break 0001's constraints (an unknown status, a risk of 7, two allowed wildcards on one
--     day) make the adoption fail, naming the constraint; nothing is changed then.
-- Keep this file in step with 0001_init.sql: a test compares an adopted schema with a fresh one.

-- 1. Missing tables, in the original system's shape.
CREATE TABLE IF NOT EXISTS self_evolution_runs (
  id SERIAL PRIMARY KEY, run_date DATE, status VARCHAR, started_at TIMESTAMPTZ, finished_at TIMESTAMPTZ,
  summary TEXT, logs_url TEXT, metrics JSONB
);
CREATE TABLE IF NOT EXISTS self_evolution_reflections (
  id SERIAL PRIMARY KEY, run_id INTEGER, insights TEXT, sentiment JSONB, created_at TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS self_evolution_proposals (
  id SERIAL PRIMARY KEY, run_id INTEGER, type VARCHAR, title TEXT, description TEXT, risk_level SMALLINT,
  effort SMALLINT, allowlisted BOOLEAN, blocked_reasons TEXT[], created_at TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS self_evolution_actions (
  id SERIAL PRIMARY KEY, proposal_id INTEGER, action_type VARCHAR, payload JSONB, status VARCHAR,
  created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS self_evolution_rollbacks (
  id SERIAL PRIMARY KEY, action_id INTEGER, reason TEXT, created_at TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS feature_flags (
  key TEXT PRIMARY KEY, value BOOLEAN, metadata JSONB, created_at TIMESTAMPTZ
);

-- 2. The installation's constraints and unique indexes (not its primary keys) give way to 0001's.
--    Foreign keys first: a unique constraint cannot go while a foreign key still leans on it.
DO $$
DECLARE
  tables regclass[] := ARRAY[
    'self_evolution_runs', 'self_evolution_reflections', 'self_evolution_proposals',
    'self_evolution_actions', 'self_evolution_rollbacks', 'feature_flags'
  ]::regclass[];
  c record;
BEGIN
  FOR c IN
    SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
    WHERE conrelid = ANY (tables) AND contype = 'f'
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);
  END LOOP;
  FOR c IN
    SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
    WHERE conrelid = ANY (tables) AND contype IN ('c', 'u')
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);
  END LOOP;
  FOR c IN
    SELECT indexrelid::regclass AS idx FROM pg_index
    WHERE indrelid = ANY (tables) AND indisunique AND NOT indisprimary
  LOOP
    EXECUTE format('DROP INDEX %s', c.idx);
  END LOOP;
END
$$;

-- 3. Columns: the additions, then empty values where the original columns allowed NULL.
ALTER TABLE self_evolution_runs ADD COLUMN IF NOT EXISTS repository TEXT;
ALTER TABLE self_evolution_proposals
  ADD COLUMN IF NOT EXISTS repository TEXT,
  ADD COLUMN IF NOT EXISTS run_date DATE;

UPDATE self_evolution_runs SET repository = '' WHERE repository IS NULL;
UPDATE self_evolution_runs SET metrics = '{}'::jsonb WHERE metrics IS NULL;
UPDATE self_evolution_proposals p
SET repository = r.repository, run_date = r.run_date
FROM self_evolution_runs r
WHERE r.id = p.run_id
  AND (p.repository IS DISTINCT FROM r.repository OR p.run_date IS DISTINCT FROM r.run_date);
UPDATE self_evolution_proposals SET blocked_reasons = '{}' WHERE blocked_reasons IS NULL;
UPDATE self_evolution_proposals SET allowlisted = false WHERE allowlisted IS NULL;
UPDATE self_evolution_actions SET payload = '{}'::jsonb WHERE payload IS NULL;
UPDATE feature_flags SET metadata = '{}'::jsonb WHERE metadata IS NULL;

-- 4. Defaults and NULL-ness, as in 0001 (a column the installation made NOT NULL that 0001 leaves
--    nullable is relaxed, or the recorder's inserts would fail).
ALTER TABLE self_evolution_runs
  ALTER COLUMN repository SET DEFAULT '', ALTER COLUMN repository SET NOT NULL,
  ALTER COLUMN run_date SET NOT NULL,
  ALTER COLUMN status SET DEFAULT 'planned', ALTER COLUMN status SET NOT NULL,
  ALTER COLUMN started_at DROP DEFAULT, ALTER COLUMN started_at DROP NOT NULL,
  ALTER COLUMN finished_at DROP DEFAULT, ALTER COLUMN finished_at DROP NOT NULL,
  ALTER COLUMN summary DROP NOT NULL,
  ALTER COLUMN logs_url DROP NOT NULL,
  ALTER COLUMN metrics SET DEFAULT '{}'::jsonb, ALTER COLUMN metrics SET NOT NULL;
ALTER TABLE self_evolution_reflections
  ALTER COLUMN run_id SET NOT NULL,
  ALTER COLUMN insights SET NOT NULL,
  ALTER COLUMN sentiment DROP NOT NULL,
  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;
ALTER TABLE self_evolution_proposals
  ALTER COLUMN run_id SET NOT NULL,
  ALTER COLUMN repository SET DEFAULT '', ALTER COLUMN repository SET NOT NULL,
  ALTER COLUMN run_date SET NOT NULL,
  ALTER COLUMN type SET NOT NULL,
  ALTER COLUMN title SET NOT NULL,
  ALTER COLUMN description DROP NOT NULL,
  ALTER COLUMN risk_level SET NOT NULL,
  ALTER COLUMN effort DROP NOT NULL,
  ALTER COLUMN allowlisted SET DEFAULT false, ALTER COLUMN allowlisted SET NOT NULL,
  ALTER COLUMN blocked_reasons SET DEFAULT '{}', ALTER COLUMN blocked_reasons SET NOT NULL,
  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;
ALTER TABLE self_evolution_actions
  ALTER COLUMN proposal_id SET NOT NULL,
  ALTER COLUMN action_type SET NOT NULL,
  ALTER COLUMN payload SET DEFAULT '{}'::jsonb, ALTER COLUMN payload SET NOT NULL,
  ALTER COLUMN status SET DEFAULT 'planned', ALTER COLUMN status SET NOT NULL,
  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL,
  ALTER COLUMN updated_at SET DEFAULT now(), ALTER COLUMN updated_at DROP NOT NULL;
ALTER TABLE self_evolution_rollbacks
  ALTER COLUMN action_id SET NOT NULL,
  ALTER COLUMN reason SET NOT NULL,
  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;
ALTER TABLE feature_flags
  ALTER COLUMN value SET DEFAULT false, ALTER COLUMN value SET NOT NULL,
  ALTER COLUMN metadata SET DEFAULT '{}'::jsonb, ALTER COLUMN metadata SET NOT NULL,
  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;

-- 5. 0001's constraints.
ALTER TABLE self_evolution_runs
  ADD CONSTRAINT self_evolution_runs_status_check
    CHECK (status IN ('planned', 'running', 'success', 'failed', 'reverted')),
  ADD CONSTRAINT self_evolution_runs_metrics_check CHECK (jsonb_typeof(metrics) = 'object'),
  ADD CONSTRAINT self_evolution_runs_repository_run_date_key UNIQUE (repository, run_date),
  ADD CONSTRAINT self_evolution_runs_id_repository_run_date_key UNIQUE (id, repository, run_date);
ALTER TABLE self_evolution_reflections
  ADD CONSTRAINT self_evolution_reflections_run_id_fkey
    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id);
ALTER TABLE self_evolution_proposals
  ADD CONSTRAINT self_evolution_proposals_type_check
    CHECK (type IN ('capability', 'prompt', 'persona', 'cleanup', 'wildcard')),
  ADD CONSTRAINT self_evolution_proposals_risk_level_check CHECK (risk_level BETWEEN 0 AND 5),
  ADD CONSTRAINT self_evolution_proposals_effort_check CHECK (effort BETWEEN 0 AND 5),
  ADD CONSTRAINT self_evolution_proposals_run_id_fkey
    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id),
  ADD CONSTRAINT self_evolution_proposals_run_day_fkey
    FOREIGN KEY (run_id, repository, run_date) REFERENCES self_evolution_runs (id, repository, run_date)
    ON UPDATE CASCADE;
ALTER TABLE self_evolution_actions
  ADD CONSTRAINT self_evolution_actions_status_check
    CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back')),
  ADD CONSTRAINT self_evolution_actions_action_type_check CHECK (action_type <> ''),
  ADD CONSTRAINT self_evolution_actions_proposal_id_fkey
    FOREIGN KEY (proposal_id) REFERENCES self_evolution_proposals (id);
ALTER TABLE self_evolution_rollbacks
  ADD CONSTRAINT self_evolution_rollbacks_action_id_fkey
    FOREIGN KEY (action_id) REFERENCES self_evolution_actions (id);

-- 6. 0001's indexes.
CREATE INDEX IF NOT EXISTS self_evolution_runs_run_date_idx ON self_evolution_runs (run_date DESC);
CREATE INDEX IF NOT EXISTS self_evolution_runs_status_run_date_idx ON self_evolution_runs (status, run_date DESC);
CREATE INDEX IF NOT EXISTS self_evolution_runs_repository_finished_idx
  ON self_evolution_runs (repository, finished_at DESC) WHERE finished_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS self_evolution_reflections_run_id_idx ON self_evolution_reflections (run_id);
CREATE INDEX IF NOT EXISTS self_evolution_proposals_run_id_idx
  ON self_evolution_proposals (run_id, created_at DESC);
CREATE UNIQUE INDEX self_evolution_proposals_one_allowed_wildcard
  ON self_evolution_proposals (repository, run_date) WHERE type = 'wildcard' AND allowlisted;
CREATE INDEX IF NOT EXISTS self_evolution_actions_proposal_id_idx ON self_evolution_actions (proposal_id);
CREATE INDEX IF NOT EXISTS self_evolution_actions_open_created_idx
  ON self_evolution_actions (created_at DESC) WHERE status <> 'rolled_back';
CREATE INDEX IF NOT EXISTS self_evolution_rollbacks_action_id_idx ON self_evolution_rollbacks (action_id);
CREATE INDEX IF NOT EXISTS self_evolution_rollbacks_created_idx ON self_evolution_rollbacks (created_at DESC);

COMMENT ON TABLE self_evolution_runs IS 'One row per repository and UTC day: the daily run and its outcome.';
COMMENT ON COLUMN self_evolution_runs.metrics IS
  'holder: who claimed the run (GitHub run id, attempt, event, sha, dryRun); history: earlier outcomes of the day, kept when a run is re-claimed; phases and counts from post.';
COMMENT ON TABLE feature_flags IS
  'self_evolution_enabled is the global kill switch (missing = off); self_evolution_enabled:<owner/repo> turns one repository off (missing = on).';

-- 7. The seed: an installation that never had the flag gets it off.
INSERT INTO feature_flags (key, value, metadata)
VALUES ('self_evolution_enabled', false, '{"seededBy": "0001_init"}')
ON CONFLICT (key) DO NOTHING;

-- 8. The events table, new in 0001 (the runner does not adopt a database that already has one).
CREATE TABLE self_evolution_events (
  id            SERIAL PRIMARY KEY,
  repository    TEXT NOT NULL DEFAULT '',
  kind          VARCHAR NOT NULL,
  reason        TEXT,
  run_id        INTEGER,
  github_run_id TEXT,
  detail        JSONB NOT NULL DEFAULT '{}'::jsonb,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT self_evolution_events_kind_check CHECK (kind ~ '^[a-z][a-z0-9-]*$'),
  CONSTRAINT self_evolution_events_detail_check CHECK (jsonb_typeof(detail) = 'object'),
  CONSTRAINT self_evolution_events_run_id_fkey FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id)
);
CREATE INDEX self_evolution_events_repository_created_idx
  ON self_evolution_events (repository, created_at DESC);
CREATE INDEX self_evolution_events_kind_created_idx ON self_evolution_events (kind, created_at DESC);
CREATE INDEX self_evolution_events_run_id_idx ON self_evolution_events (run_id) WHERE run_id IS NOT NULL;

CREATE FUNCTION self_evolution_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'self_evolution_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER self_evolution_events_no_update_delete
  BEFORE UPDATE OR DELETE ON self_evolution_events
  FOR EACH ROW EXECUTE FUNCTION self_evolution_events_append_only();
CREATE TRIGGER self_evolution_events_no_truncate
  BEFORE TRUNCATE ON self_evolution_events
  FOR EACH STATEMENT EXECUTE FUNCTION self_evolution_events_append_only();
