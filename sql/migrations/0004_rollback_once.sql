-- 0004: an action is rolled back at most once, and has at most one revert action.
--
-- revert-watch checks for an existing rollback before it writes anything; these indexes make the
-- database refuse a second one too, so two failure events handled at the same moment (two CI
-- workflows failing on the same merge) cannot both record a revert of the same action.
CREATE UNIQUE INDEX self_evolution_rollbacks_one_per_action
  ON self_evolution_rollbacks (action_id);

CREATE UNIQUE INDEX self_evolution_actions_one_revert_per_action
  ON self_evolution_actions (((payload -> 'revertOf' ->> 'actionId')))
  WHERE action_type = 'revert' AND payload ? 'revertOf';
