-- The change log of resources, in commit order: what other nodes harvest (OAI-PMH datestamps are these times in
-- seconds; microseconds are kept). seq comes from resource_change_seq while the writer holds a transaction lock, so a
-- reader that has seen a seq has seen every lower one. No foreign key: the log outlives a deleted resource.
CREATE SEQUENCE resource_change_seq;
CREATE TABLE resource_change
(
  seq         BIGINT PRIMARY KEY,
  resource_id BIGINT      NOT NULL,
  kind        TEXT        NOT NULL CHECK (kind IN ('CREATED', 'CHANGED', 'PUBLISHED', 'WITHDRAWN', 'DELETED')),
  status      TEXT        NOT NULL,
  version     INT         NOT NULL,
  changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX resource_change_by_time ON resource_change (changed_at, seq);
CREATE INDEX resource_change_by_resource ON resource_change (resource_id, seq);
