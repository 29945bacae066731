-- The OAI-PMH provider's own projection of the resource change log: one record per resource that was ever shown
-- to harvesters, in its latest state. Kept current by following resource_change (through the resource module's
-- API) from the position in oai_feed.

-- reach: who may harvest the record now (2 visitors, 1 joined nodes only, 0 nobody: it is deleted);
-- widest: the widest reach it ever had, so that those it reached once see it as deleted for ever.
-- last_seq is the change log seq of its latest change: the keyset of every list, so a page costs the same at any
-- depth; datestamp is that change's time.
CREATE TABLE oai_record
(
  resource_id BIGINT PRIMARY KEY,
  identifier  TEXT        NOT NULL UNIQUE,
  last_seq    BIGINT      NOT NULL UNIQUE,
  datestamp   TIMESTAMPTZ NOT NULL,
  reach       SMALLINT    NOT NULL CHECK (reach BETWEEN 0 AND 2),
  widest      SMALLINT    NOT NULL CHECK (widest BETWEEN 1 AND 2 AND widest >= reach),
  set_specs   TEXT[]      NOT NULL
);
CREATE INDEX oai_record_set_specs ON oai_record USING gin (set_specs);
CREATE INDEX oai_record_datestamp ON oai_record (datestamp);

-- every set a record was ever in (ListSets names them from the taxonomy and the node names)
CREATE TABLE oai_set
(
  spec TEXT PRIMARY KEY
);

-- how far the projection followed the change log (one row)
CREATE TABLE oai_feed
(
  id       INT PRIMARY KEY CHECK (id = 1),
  position BIGINT NOT NULL
);
INSERT INTO oai_feed (id, position) VALUES (1, 0);

-- the key that signs resumption tokens, made by the node on first use; kept here so tokens survive a restart and
-- hold on every node behind a balancer
CREATE TABLE oai_token_key
(
  id  INT PRIMARY KEY CHECK (id = 1),
  key BYTEA NOT NULL
);
