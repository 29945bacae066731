-- Copying the files of harvested resources, chosen per source. Each file a harvested record announces waits in
-- this queue until one node copies it: a lease keeps it to one holder at a time, a failure waits a back-off that
-- doubles, and the bytes already received (kept on the holder's disk) are asked again from where they stopped.
ALTER TABLE harvest_source ADD COLUMN copy_files BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE harvest_file (
    id                BIGSERIAL PRIMARY KEY,
    source_id         BIGINT        NOT NULL REFERENCES harvest_source (id) ON DELETE CASCADE,
    origin_identifier VARCHAR(300)  NOT NULL,  -- the harvested record's OAI identifier
    url               VARCHAR(2000) NOT NULL,
    sha256            CHAR(64),                -- as the origin announced it; null when it announced none
    name              VARCHAR(255)  NOT NULL,
    role              VARCHAR(16)   NOT NULL,
    state             VARCHAR(16)   NOT NULL CHECK (state IN ('WAITING', 'COPIED', 'FAILED')),
    size              BIGINT,                  -- the bytes kept, once copied
    file_id           BIGINT,                  -- the stored file, once copied
    attempts          INT           NOT NULL DEFAULT 0,
    reason            VARCHAR(64),             -- why the last attempt failed, as a message key suffix
    next_try_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    leased_by         VARCHAR(100),
    leased_until      TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (origin_identifier, url)
);
CREATE INDEX harvest_file_due ON harvest_file (next_try_at) WHERE state = 'WAITING';
CREATE INDEX harvest_file_source ON harvest_file (source_id, state);
