-- Progress and result details of an import job, and where each reported error is.
ALTER TABLE import_job ADD COLUMN total_rows      BIGINT;
ALTER TABLE import_job ADD COLUMN progress        SMALLINT NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100);
ALTER TABLE import_job ADD COLUMN created_classes INT      NOT NULL DEFAULT 0;
ALTER TABLE import_job ADD COLUMN linked_guardians BIGINT  NOT NULL DEFAULT 0;
-- import_job.message holds a message key; its arguments, tab-separated, are here
ALTER TABLE import_job ADD COLUMN message_args    VARCHAR(300);

-- import_error.message holds a message key; detail its arguments, tab-separated
ALTER TABLE import_error ADD COLUMN sheet  VARCHAR(31);
ALTER TABLE import_error ADD COLUMN detail VARCHAR(300);
