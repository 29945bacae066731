-- The OAI-PMH sources this node harvests (its children and sources an administrator added), where each harvest
-- stands, its runs and its errors. The standing of a run (token, counts, highest datestamp) is written in the
-- transaction of each page's records, so a killed harvest goes on from the last committed page.
CREATE TABLE harvest_source (
    id                BIGSERIAL PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    base_url          VARCHAR(1000) NOT NULL,
    metadata_prefix   VARCHAR(32)   NOT NULL,
    set_spec          VARCHAR(200),
    interval_minutes  INT           NOT NULL CHECK (interval_minutes BETWEEN 5 AND 10080),
    state             VARCHAR(16)   NOT NULL CHECK (state IN ('ACTIVE', 'PAUSED', 'SUSPENDED', 'REMOVED')),
    node_code         VARCHAR(64) UNIQUE,        -- the child node's code; null for an external source
    -- incremental: the next run asks from here (the highest datestamp of the last complete run, inclusive)
    harvested_from    TIMESTAMPTZ,
    -- the run in progress: its row, its from, the token of its next page (null: the first page) and its high mark
    run_id            BIGINT,
    run_from          TIMESTAMPTZ,
    resumption_token  VARCHAR(2000),
    run_highest       TIMESTAMPTZ,
    -- one harvest at a time per source across nodes: a lease renewed with each page
    leased_by         VARCHAR(100),
    leased_until      TIMESTAMPTZ,
    next_run_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    failures          INT           NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX harvest_source_due ON harvest_source (next_run_at) WHERE state = 'ACTIVE';

CREATE TABLE harvest_run (
    id          BIGSERIAL PRIMARY KEY,
    source_id   BIGINT      NOT NULL REFERENCES harvest_source (id) ON DELETE CASCADE,
    status      VARCHAR(16) NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    from_stamp  TIMESTAMPTZ,
    pages       INT         NOT NULL DEFAULT 0,
    records     INT         NOT NULL DEFAULT 0,
    deleted     INT         NOT NULL DEFAULT 0,
    started_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ
);
CREATE INDEX harvest_run_source ON harvest_run (source_id, id DESC);

-- what went wrong, with the page that failed (its URL and token) and the reason as a message key
CREATE TABLE harvest_error (
    id               BIGSERIAL PRIMARY KEY,
    source_id        BIGINT        NOT NULL REFERENCES harvest_source (id) ON DELETE CASCADE,
    run_id           BIGINT,
    at               TIMESTAMPTZ   NOT NULL DEFAULT now(),
    url              VARCHAR(3000) NOT NULL,
    resumption_token VARCHAR(2000),
    reason           VARCHAR(64)   NOT NULL,
    detail           VARCHAR(1000)
);
CREATE INDEX harvest_error_source ON harvest_error (source_id, id DESC);
