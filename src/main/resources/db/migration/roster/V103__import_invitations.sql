-- Guardians of imported students who already had an account are invited, not linked; the job counts them.
ALTER TABLE import_job ADD COLUMN invited_guardians BIGINT NOT NULL DEFAULT 0;
