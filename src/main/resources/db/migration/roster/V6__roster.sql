CREATE TABLE import_job (
    id             UUID PRIMARY KEY,
    school_id      BIGINT      NOT NULL REFERENCES school (id),
    requested_by   BIGINT      NOT NULL REFERENCES person (id),
    file_name      VARCHAR(255) NOT NULL,
    status         VARCHAR(16) NOT NULL CHECK (status IN ('QUEUED','VALIDATING','WRITING','DONE','REJECTED','FAILED')),
    processed_rows BIGINT      NOT NULL DEFAULT 0,
    error_count    BIGINT      NOT NULL DEFAULT 0,
    created_rows   BIGINT      NOT NULL DEFAULT 0,
    updated_rows   BIGINT      NOT NULL DEFAULT 0,
    message        VARCHAR(500),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at    TIMESTAMPTZ
);
CREATE INDEX import_job_school ON import_job (school_id, created_at DESC);

CREATE TABLE import_error (
    job_id  UUID    NOT NULL REFERENCES import_job (id),
    line    BIGINT  NOT NULL,
    field   VARCHAR(32),
    message VARCHAR(300) NOT NULL
);
CREATE INDEX import_error_job ON import_error (job_id, line);
