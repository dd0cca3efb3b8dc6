-- 0007: the attempts of a run.
--
-- A run is one row per repository and UTC day. A forced re-claim (or a re-run attempt of a failed
-- run) re-uses the row and moves the earlier outcome to metrics.history. Each claim is an attempt:
-- runs.attempt counts them (1 for the first claim), and the reflections and proposals recorded by a
-- claim carry its number (actions reach it through their proposal). The latest attempt is what a
-- run is: its counts and lists are that attempt's; earlier attempts are history.
--
-- Existing rows:
--   * a run's attempt is 1 + the length of metrics.history: the claim appends exactly one entry per
--     re-claim, so history[i] is attempt i + 1;
--   * a reflection's or proposal's attempt is 1 + the number of re-claims (history[].reclaimedAt)
--     at or before its created_at, capped at the run's attempt. The two clocks (the runner's and the
--     database's) may differ; a row whose attempt cannot be told apart is counted in the later
--     attempt, which is how it was counted before.
ALTER TABLE self_evolution_runs ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
ALTER TABLE self_evolution_runs ADD CONSTRAINT self_evolution_runs_attempt_check CHECK (attempt >= 1);
COMMENT ON COLUMN self_evolution_runs.attempt IS
  'Which claim of the day holds the row: 1 for the first, +1 for each re-claim (its earlier outcome is in metrics.history).';
UPDATE self_evolution_runs
SET attempt = 1 + jsonb_array_length(metrics -> 'history')
WHERE jsonb_typeof(metrics -> 'history') = 'array';

ALTER TABLE self_evolution_reflections ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
ALTER TABLE self_evolution_reflections ADD CONSTRAINT self_evolution_reflections_attempt_check
  CHECK (attempt >= 1);
ALTER TABLE self_evolution_proposals ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
ALTER TABLE self_evolution_proposals ADD CONSTRAINT self_evolution_proposals_attempt_check
  CHECK (attempt >= 1);
COMMENT ON COLUMN self_evolution_proposals.attempt IS
  'The attempt of the run (self_evolution_runs.attempt) that recorded the proposal.';

UPDATE self_evolution_reflections x
SET attempt = LEAST(r.attempt, 1 + (
  SELECT count(*) FROM jsonb_array_elements(r.metrics -> 'history') AS h
  WHERE (h ->> 'reclaimedAt')::timestamptz <= COALESCE(x.created_at, 'infinity'::timestamptz)))
FROM self_evolution_runs r
WHERE r.id = x.run_id AND r.attempt > 1;

UPDATE self_evolution_proposals p
SET attempt = LEAST(r.attempt, 1 + (
  SELECT count(*) FROM jsonb_array_elements(r.metrics -> 'history') AS h
  WHERE (h ->> 'reclaimedAt')::timestamptz <= COALESCE(p.created_at, 'infinity'::timestamptz)))
FROM self_evolution_runs r
WHERE r.id = p.run_id AND r.attempt > 1;

CREATE INDEX self_evolution_proposals_run_attempt_idx ON self_evolution_proposals (run_id, attempt);
CREATE INDEX self_evolution_reflections_run_attempt_idx ON self_evolution_reflections (run_id, attempt);

-- One allowed wildcard per repository, UTC day and attempt: a superseded attempt's wildcard does not
-- block its successor's. The recorder refuses the successor's when the earlier wildcard already has
-- an action beyond 'planned' (one wildcard change a day); it decides that with the run row locked.
DROP INDEX self_evolution_proposals_one_allowed_wildcard;
CREATE UNIQUE INDEX self_evolution_proposals_one_allowed_wildcard
  ON self_evolution_proposals (repository, run_date, attempt) WHERE type = 'wildcard' AND allowlisted;

-- The proposals of a run show their attempt too, as a last column (the columns before it and the
-- rows are those of 0005): filter on run_id and attempt for one attempt's proposals.
CREATE OR REPLACE VIEW self_evolution_run_proposals AS
SELECT p.id, p.type, p.title, p.risk_level, p.effort, p.allowlisted,
       p.run_id, p.repository, p.run_date, p.blocked_reasons, p.created_at,
       p.effective_risk, p.attempt
FROM self_evolution_proposals p
ORDER BY p.created_at DESC, p.id DESC;

-- A re-claim updates attempt. The action's role of docs/database.md was granted UPDATE on the runs'
-- columns a claim wrote before 0007; where that role exists, it gets the new column too (another
-- role name needs the same grant by hand).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'self_evolution_action') THEN
    GRANT UPDATE (attempt) ON self_evolution_runs TO self_evolution_action;
  END IF;
END
$$;
