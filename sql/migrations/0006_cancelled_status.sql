-- 0006: a run interrupted on purpose is recorded as cancelled.
--
-- * cancelled: the run's own process received SIGINT or SIGTERM (Ctrl-C, or a cancelled job, whose post
--              step then closed it), or an operator closed it with `self-evolution runs cancel`.
--              It is not a failure: the failure limit, the cooldown and auto-disable skip it.
-- The monitoring views select columns, not statuses, so they keep working unchanged.
ALTER TABLE self_evolution_runs DROP CONSTRAINT self_evolution_runs_status_check;
ALTER TABLE self_evolution_runs ADD CONSTRAINT self_evolution_runs_status_check
  CHECK (status IN ('planned', 'running', 'success', 'failed', 'reverted', 'cancelled'));
