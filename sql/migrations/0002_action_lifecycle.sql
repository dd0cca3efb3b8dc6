-- 0002: the lifecycle of an action after it is planned.
--
-- * closed:  its pull request was closed without a merge (the gate sees the close event).
-- * failed:  executing it failed partway; the payload says what was left behind (for example a
--            pushed branch) so the next run can clean it up.
-- * Lookups by the keys the gate and revert-watch match on: payload.branch,
--   payload.pullRequest.number and payload.mergeSha.
ALTER TABLE self_evolution_actions DROP CONSTRAINT self_evolution_actions_status_check;
ALTER TABLE self_evolution_actions ADD CONSTRAINT self_evolution_actions_status_check
  CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back', 'closed', 'failed'));

CREATE INDEX self_evolution_actions_branch_idx
  ON self_evolution_actions ((payload ->> 'branch')) WHERE payload ? 'branch';
CREATE INDEX self_evolution_actions_pull_request_idx
  ON self_evolution_actions (((payload -> 'pullRequest' ->> 'number'))) WHERE payload ? 'pullRequest';
CREATE INDEX self_evolution_actions_merge_sha_idx
  ON self_evolution_actions ((payload ->> 'mergeSha')) WHERE payload ? 'mergeSha';
