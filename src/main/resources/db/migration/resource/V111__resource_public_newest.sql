-- The front page lists the newest published public resources of the node.
CREATE INDEX resource_public_newest ON resource (published_at DESC, id DESC)
    WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC';
