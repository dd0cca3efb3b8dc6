-- 0008: a reflection as a whole record, beside its sentences.
--
-- self_evolution_reflections held only the agent's `insights` and `sentiment`. The rails now build
-- their own reflection before the agent runs (src/reflection), and both kinds land here, one row per
-- attempt:
--   reflection  the whole document, as the agent was given it (or as the agent wrote it);
--   sha256      the hex digest of that document's JSON text, as written to reflection.json;
--   source      'rails' (built by the rails) or 'agent' (the agent's own, from its proposals file).
-- insights stays NOT NULL: a rails reflection stores its sentences there, one per line. Rows written
-- before this migration, and agent reflections recorded without a source, are the agent's.
ALTER TABLE self_evolution_reflections ADD COLUMN reflection JSONB;
ALTER TABLE self_evolution_reflections ADD COLUMN sha256 TEXT;
ALTER TABLE self_evolution_reflections ADD COLUMN source VARCHAR NOT NULL DEFAULT 'agent';

ALTER TABLE self_evolution_reflections ADD CONSTRAINT self_evolution_reflections_source_check
  CHECK (source IN ('rails', 'agent'));
ALTER TABLE self_evolution_reflections ADD CONSTRAINT self_evolution_reflections_sha256_check
  CHECK (sha256 ~ '^[0-9a-f]{64}$');
ALTER TABLE self_evolution_reflections ADD CONSTRAINT self_evolution_reflections_reflection_check
  CHECK (reflection IS NULL OR (jsonb_typeof(reflection) = 'object' AND sha256 IS NOT NULL));
-- The rails' own reflection always comes whole, with its digest.
ALTER TABLE self_evolution_reflections ADD CONSTRAINT self_evolution_reflections_rails_whole_check
  CHECK (source <> 'rails' OR reflection IS NOT NULL);

COMMENT ON COLUMN self_evolution_reflections.reflection IS
  'The whole reflection document (src/reflection, docs/reflection.md); NULL for rows before 0008 and agent reflections recorded as sentences only.';
COMMENT ON COLUMN self_evolution_reflections.sha256 IS 'Hex SHA-256 of the reflection''s JSON text as written to reflection.json.';
COMMENT ON COLUMN self_evolution_reflections.source IS 'rails: built by the rails before the agent ran; agent: written by the agent.';
