-- 0001_init: the six tables of the original self-evolution system, plus the append-only events table.
--
-- Forward-only: once applied anywhere, this file never changes (the runner refuses a changed
-- checksum; the one rewording of these comments is known to it by its earlier checksum). Later
-- changes go in 0002_*.sql and up. The runner wraps each file in one transaction under
-- pg_advisory_xact_lock, so no BEGIN/COMMIT here.
--
-- Beyond the original system's tables:
--   * one database may serve several repositories: runs carry `repository`, and the day is unique
--     per repository; proposals carry the run's repository and run_date, so that a partial unique
--     index allows one allowed wildcard per repository and day, even against a racing process;
--   * CHECK constraints on the original value sets and ranges, foreign keys, NOT NULL where a column
--     is essential, timestamp defaults, and indexes for the original system's monitoring queries.
-- Constraints are named, so later migrations can widen them (the actions status set will grow).

CREATE TABLE self_evolution_runs (
  id          SERIAL PRIMARY KEY,
  repository  TEXT NOT NULL DEFAULT '',
  run_date    DATE NOT NULL,
  status      VARCHAR NOT NULL DEFAULT 'planned',
  started_at  TIMESTAMPTZ,
  finished_at TIMESTAMPTZ,
  summary     TEXT,
  logs_url    TEXT,
  metrics     JSONB NOT NULL DEFAULT '{}'::jsonb,
  CONSTRAINT self_evolution_runs_status_check
    CHECK (status IN ('planned', 'running', 'success', 'failed', 'reverted')),
  CONSTRAINT self_evolution_runs_metrics_check CHECK (jsonb_typeof(metrics) = 'object'),
  CONSTRAINT self_evolution_runs_repository_run_date_key UNIQUE (repository, run_date),
  -- The target of the proposals' (run_id, repository, run_date) foreign key: a proposal's day is
  -- always its run's day, so the one-wildcard-a-day index cannot be dodged. (It cascades on update:
  -- an owner attributing adopted runs to a repository moves their proposals with them.)
  CONSTRAINT self_evolution_runs_id_repository_run_date_key UNIQUE (id, repository, run_date)
);
COMMENT ON TABLE self_evolution_runs IS 'One row per repository and UTC day: the daily run and its outcome.';
COMMENT ON COLUMN self_evolution_runs.metrics IS
  'holder: who claimed the run (GitHub run id, attempt, event, sha, dryRun); history: earlier outcomes of the day, kept when a run is re-claimed; phases and counts from post.';

-- Monitoring: recent runs (ORDER BY run_date DESC) and failed runs (WHERE status = ...).
CREATE INDEX self_evolution_runs_run_date_idx ON self_evolution_runs (run_date DESC);
CREATE INDEX self_evolution_runs_status_run_date_idx ON self_evolution_runs (status, run_date DESC);
-- The failure-limit and cooldown gates: the latest finished runs of one repository.
CREATE INDEX self_evolution_runs_repository_finished_idx
  ON self_evolution_runs (repository, finished_at DESC) WHERE finished_at IS NOT NULL;

CREATE TABLE self_evolution_reflections (
  id         SERIAL PRIMARY KEY,
  run_id     INTEGER NOT NULL,
  insights   TEXT NOT NULL,
  sentiment  JSONB,
  created_at TIMESTAMPTZ DEFAULT now(),
  CONSTRAINT self_evolution_reflections_run_id_fkey
    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id)
);
CREATE INDEX self_evolution_reflections_run_id_idx ON self_evolution_reflections (run_id);

CREATE TABLE self_evolution_proposals (
  id              SERIAL PRIMARY KEY,
  run_id          INTEGER NOT NULL,
  repository      TEXT NOT NULL DEFAULT '',
  run_date        DATE NOT NULL,
  type            VARCHAR NOT NULL,
  title           TEXT NOT NULL,
  description     TEXT,
  risk_level      SMALLINT NOT NULL,
  effort          SMALLINT,
  allowlisted     BOOLEAN NOT NULL DEFAULT false,
  blocked_reasons TEXT[] NOT NULL DEFAULT '{}',
  created_at      TIMESTAMPTZ DEFAULT now(),
  CONSTRAINT self_evolution_proposals_type_check
    CHECK (type IN ('capability', 'prompt', 'persona', 'cleanup', 'wildcard')),
  CONSTRAINT self_evolution_proposals_risk_level_check CHECK (risk_level BETWEEN 0 AND 5),
  CONSTRAINT self_evolution_proposals_effort_check CHECK (effort BETWEEN 0 AND 5),
  CONSTRAINT self_evolution_proposals_run_id_fkey
    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id),
  CONSTRAINT self_evolution_proposals_run_day_fkey
    FOREIGN KEY (run_id, repository, run_date) REFERENCES self_evolution_runs (id, repository, run_date)
    ON UPDATE CASCADE
);
-- Monitoring: the proposals of a run, newest first.
CREATE INDEX self_evolution_proposals_run_id_idx ON self_evolution_proposals (run_id, created_at DESC);
-- One allowed wildcard per repository and UTC day. A second insert fails with a unique violation,
-- which the recorder turns into the wildcard-daily-limit verdict.
CREATE UNIQUE INDEX self_evolution_proposals_one_allowed_wildcard
  ON self_evolution_proposals (repository, run_date) WHERE type = 'wildcard' AND allowlisted;

CREATE TABLE self_evolution_actions (
  id          SERIAL PRIMARY KEY,
  proposal_id INTEGER NOT NULL,
  action_type VARCHAR NOT NULL,
  payload     JSONB NOT NULL DEFAULT '{}'::jsonb,
  status      VARCHAR NOT NULL DEFAULT 'planned',
  created_at  TIMESTAMPTZ DEFAULT now(),
  updated_at  TIMESTAMPTZ DEFAULT now(),
  -- Later migrations widen this set (closed: a PR closed unmerged; failed: execution failed).
  CONSTRAINT self_evolution_actions_status_check
    CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back')),
  CONSTRAINT self_evolution_actions_action_type_check CHECK (action_type <> ''),
  CONSTRAINT self_evolution_actions_proposal_id_fkey
    FOREIGN KEY (proposal_id) REFERENCES self_evolution_proposals (id)
);
CREATE INDEX self_evolution_actions_proposal_id_idx ON self_evolution_actions (proposal_id);
-- Monitoring: actions that are not rolled back, newest first.
CREATE INDEX self_evolution_actions_open_created_idx
  ON self_evolution_actions (created_at DESC) WHERE status <> 'rolled_back';

CREATE TABLE self_evolution_rollbacks (
  id         SERIAL PRIMARY KEY,
  action_id  INTEGER NOT NULL,
  reason     TEXT NOT NULL,
  created_at TIMESTAMPTZ DEFAULT now(),
  CONSTRAINT self_evolution_rollbacks_action_id_fkey
    FOREIGN KEY (action_id) REFERENCES self_evolution_actions (id)
);
CREATE INDEX self_evolution_rollbacks_action_id_idx ON self_evolution_rollbacks (action_id);
-- Monitoring: rollbacks, newest first.
CREATE INDEX self_evolution_rollbacks_created_idx ON self_evolution_rollbacks (created_at DESC);

CREATE TABLE feature_flags (
  key        TEXT PRIMARY KEY,
  value      BOOLEAN NOT NULL DEFAULT false,
  metadata   JSONB NOT NULL DEFAULT '{}'::jsonb,
  created_at TIMESTAMPTZ DEFAULT now()
);
COMMENT ON TABLE feature_flags IS
  'self_evolution_enabled is the global kill switch (missing = off); self_evolution_enabled:<owner/repo> turns one repository off (missing = on).';

INSERT INTO feature_flags (key, value, metadata)
VALUES ('self_evolution_enabled', false, '{"seededBy": "0001_init"}')
ON CONFLICT (key) DO NOTHING;

-- Why did nothing run last night? Skips with their reasons, flag flips with who and why, gate
-- verdicts, stale runs closed by the sweep. Append-only: rows are never updated or deleted.
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
