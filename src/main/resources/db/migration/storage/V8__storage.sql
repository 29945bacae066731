-- Stored files: content-addressed blobs (one per distinct SHA-256, counted by the files that use it),
-- the files people keep (and the previews derived from them), and resumable uploads in progress.

CREATE TABLE blob (
    sha256     CHAR(64) PRIMARY KEY,
    size       BIGINT      NOT NULL,
    refs       INT         NOT NULL CHECK (refs >= 0),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- state: UNCLAIMED (an upload finished, nobody uses it yet) or KEPT (claimed, or derived from a kept file)
CREATE TABLE stored_file (
    id           BIGSERIAL PRIMARY KEY,
    sha256       CHAR(64)     NOT NULL REFERENCES blob (sha256),
    size         BIGINT       NOT NULL,
    media_type   VARCHAR(200) NOT NULL,
    name         VARCHAR(255) NOT NULL,
    owner_id     BIGINT       NOT NULL,
    school_id    BIGINT,
    state        VARCHAR(16)  NOT NULL,
    derived_from BIGINT REFERENCES stored_file (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX stored_file_owner ON stored_file (owner_id) WHERE derived_from IS NULL;
CREATE INDEX stored_file_school ON stored_file (school_id) WHERE derived_from IS NULL;
CREATE INDEX stored_file_sha256 ON stored_file (sha256);
CREATE INDEX stored_file_derived ON stored_file (derived_from) WHERE derived_from IS NOT NULL;

-- kind: PREVIEW (PDF of an office document) or THUMBNAIL (small image); state: PENDING, READY, FAILED
CREATE TABLE derivation (
    source_id  BIGINT      NOT NULL REFERENCES stored_file (id) ON DELETE CASCADE,
    kind       VARCHAR(16) NOT NULL,
    state      VARCHAR(16) NOT NULL,
    file_id    BIGINT REFERENCES stored_file (id) ON DELETE SET NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source_id, kind)
);

-- state: RECEIVING (chunks arriving), CHECKING (being hashed and sniffed) or COMPLETED (stored as an UNCLAIMED file)
CREATE TABLE upload (
    id              UUID PRIMARY KEY,
    owner_id        BIGINT       NOT NULL,
    school_id       BIGINT,
    name            VARCHAR(255) NOT NULL,
    size            BIGINT       NOT NULL CHECK (size > 0),
    expected_sha256 CHAR(64),
    chunk_size      INT          NOT NULL,
    received        BIGINT       NOT NULL DEFAULT 0,
    state           VARCHAR(16)  NOT NULL,
    file_id         BIGINT REFERENCES stored_file (id) ON DELETE CASCADE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX upload_owner ON upload (owner_id);
CREATE INDEX upload_school ON upload (school_id);
CREATE INDEX upload_stale ON upload (state, updated_at);
