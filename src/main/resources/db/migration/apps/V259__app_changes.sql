-- A provider edits its apps. What widens an approved app (personal data it did not ask for, a redirect URI it did
-- not have) waits for a region that approved it: its client keeps what was approved until then, and a refusal puts
-- the app back as it was approved, with the reason.
ALTER TABLE app ADD COLUMN changes_asked_at TIMESTAMPTZ;
ALTER TABLE app ADD COLUMN changes_refusal VARCHAR(500);
