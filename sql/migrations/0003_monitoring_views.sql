-- 0003: the original system's monitoring queries, as views, for people who live in psql.
--
-- Each view returns the rows of one of the original monitoring and troubleshooting queries, with
-- that query's columns first, in its order, and a few columns added after them (the repository,
-- the days and links) that filter or explain a row without changing which rows there are. A test
-- compares every view with the original query text on a seeded database. (The comments here and on
-- the views were reworded once; the runner knows this file's earlier checksum. A database migrated
-- before keeps the earlier wording of the views' comments.)
--
-- A view takes no parameter, so "the proposals of run 123" exposes run_id as a column to filter on:
--   SELECT * FROM self_evolution_run_proposals WHERE run_id = 123;
-- The ORDER BY of each view is the original query's, with the id as a tie-breaker; a query on the
-- view that filters without sorting keeps it, one that needs a guaranteed order says ORDER BY itself.
--
-- Views read with their owner's privileges: grant SELECT on them to a read-only role
-- (docs/database.md). Plain CREATE VIEW, not OR REPLACE: a view of the same name made by hand is
-- never silently replaced; the migration fails naming it instead.

-- Check recent runs: the ten latest days.
CREATE VIEW self_evolution_recent_runs AS
SELECT id, run_date, status, summary, started_at, finished_at,
       repository, logs_url
FROM self_evolution_runs
ORDER BY run_date DESC, id DESC
LIMIT 10;
COMMENT ON VIEW self_evolution_recent_runs IS
  'The original "check recent runs": the 10 latest runs, newest day first.';

-- View proposals for a run: WHERE run_id = N.
CREATE VIEW self_evolution_run_proposals AS
SELECT p.id, p.type, p.title, p.risk_level, p.effort, p.allowlisted,
       p.run_id, p.repository, p.run_date, p.blocked_reasons, p.created_at
FROM self_evolution_proposals p
ORDER BY p.created_at DESC, p.id DESC;
COMMENT ON VIEW self_evolution_run_proposals IS
  'The original "view proposals for a run": filter on run_id. Newest first.';

-- Check actions and status: every action not rolled back, as the original query has it (so merged,
-- closed and failed actions are listed too; filter on status for the ones still in flight).
CREATE VIEW self_evolution_open_actions AS
SELECT a.id, a.action_type, a.status, p.title AS proposal_title,
       a.proposal_id, p.run_id, p.repository, a.created_at, a.updated_at
FROM self_evolution_actions a
JOIN self_evolution_proposals p ON a.proposal_id = p.id
WHERE a.status != 'rolled_back'
ORDER BY a.created_at DESC, a.id DESC;
COMMENT ON VIEW self_evolution_open_actions IS
  'The original "check actions and status": actions that are not rolled back, newest first.';

-- Feature flag status: the global kill switch, with its last flip read from the metadata.
CREATE VIEW self_evolution_flag_status AS
SELECT key, value, metadata, created_at,
       metadata ->> 'enabledAt' AS enabled_at, metadata ->> 'enabledBy' AS enabled_by,
       metadata ->> 'disabledAt' AS disabled_at, metadata ->> 'disabledBy' AS disabled_by,
       metadata ->> 'reason' AS reason
FROM feature_flags
WHERE key = 'self_evolution_enabled';
COMMENT ON VIEW self_evolution_flag_status IS
  'The original "feature flag status": the global flag self_evolution_enabled (no row = off).';

-- Runs failing: the failed runs, newest day first.
CREATE VIEW self_evolution_failed_runs AS
SELECT id, run_date, status, summary,
       repository, started_at, finished_at, logs_url
FROM self_evolution_runs
WHERE status = 'failed'
ORDER BY run_date DESC, id DESC;
COMMENT ON VIEW self_evolution_failed_runs IS
  'The original "check database status" query of failing runs: status failed, newest day first.';

-- Review rollback records: every rollback with its action's type, newest first.
CREATE VIEW self_evolution_rollback_history AS
SELECT r.id, r.action_id, r.reason, r.created_at, a.action_type,
       a.status AS action_status, a.proposal_id, p.title AS proposal_title, p.run_id, p.repository
FROM self_evolution_rollbacks r
JOIN self_evolution_actions a ON r.action_id = a.id
LEFT JOIN self_evolution_proposals p ON p.id = a.proposal_id
ORDER BY r.created_at DESC, r.id DESC;
COMMENT ON VIEW self_evolution_rollback_history IS
  'The original "review rollback records": rollbacks with their action''s type, newest first.';
