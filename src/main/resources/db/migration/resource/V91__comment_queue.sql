-- the moderation queue reads pending comments oldest first
CREATE INDEX resource_comment_pending ON resource_comment (id) WHERE status = 'PENDING';
