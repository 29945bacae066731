-- Audit details as a message key with arguments (tab-separated), rendered in the reader's language.
-- Older rows keep their free-text detail.
ALTER TABLE audit_event ADD COLUMN detail_key VARCHAR(100);
ALTER TABLE audit_event ADD COLUMN detail_args VARCHAR(1000);
