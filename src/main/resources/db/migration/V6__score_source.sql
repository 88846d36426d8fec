-- Issue 8: what produced a score-history entry, as one SHA-256 over the account snapshot's id
-- and the configuration's text (scores are a pure function of both). A new entry with the same
-- source, as an unchanged re-import records, copies that entry's payload instead of banding,
-- encoding and deflating every account again. NULL for entries recorded before this column.
ALTER TABLE score_snapshot ADD COLUMN IF NOT EXISTS scored_from VARCHAR(64);
CREATE INDEX IF NOT EXISTS score_snapshot_source ON score_snapshot (workspace_id, scored_from);
