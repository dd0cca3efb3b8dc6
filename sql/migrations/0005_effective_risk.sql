-- 0005: the effective risk of a proposal, beside the risk it declared.
--
-- The policy engine raises the declared risk (risk_level) by the config's floors
-- (safetyRails.riskFloors and sizeFloors) and judges the result. Both are kept: risk_level is what
-- the agent said, effective_risk what the rails judged. NULL for proposals recorded before this
-- migration, whose effective risk was not computed. A floor only ever raises a risk, so the
-- effective risk is never below the declared one.
ALTER TABLE self_evolution_proposals ADD COLUMN effective_risk SMALLINT;
ALTER TABLE self_evolution_proposals ADD CONSTRAINT self_evolution_proposals_effective_risk_check
  CHECK (effective_risk BETWEEN 0 AND 5 AND effective_risk >= risk_level);
COMMENT ON COLUMN self_evolution_proposals.effective_risk IS
  'The risk the rails judged: risk_level raised by the config''s risk and size floors. NULL before 0005.';

-- The proposals of a run show it too, as a last column (a view can only gain columns at its end;
-- the columns before it and the rows are those of 0003).
CREATE OR REPLACE VIEW self_evolution_run_proposals AS
SELECT p.id, p.type, p.title, p.risk_level, p.effort, p.allowlisted,
       p.run_id, p.repository, p.run_date, p.blocked_reasons, p.created_at,
       p.effective_risk
FROM self_evolution_proposals p
ORDER BY p.created_at DESC, p.id DESC;
