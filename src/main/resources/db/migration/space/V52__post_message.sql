-- A notification may be stored as a message key with its arguments, so each reader sees it in their own language;
-- body keeps the text in the node's default language for readers of the table (exports, statistics).
ALTER TABLE post ADD COLUMN message_key VARCHAR(100), ADD COLUMN message_args TEXT[];
