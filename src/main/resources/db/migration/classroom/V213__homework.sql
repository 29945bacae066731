-- Homework: a teacher's assignment to classes (or to chosen students of a class), the students' submissions with
-- every version kept, the teacher's grading, and the reminders before the due time.
CREATE TABLE homework (
    id            BIGSERIAL PRIMARY KEY,
    teacher_id    BIGINT       NOT NULL,
    school_id     BIGINT       NOT NULL,
    region_path   VARCHAR(200) NOT NULL,
    title         VARCHAR(200) NOT NULL,
    instructions  TEXT         NOT NULL DEFAULT '',
    subject_code  VARCHAR(16),
    due_at        TIMESTAMPTZ  NOT NULL,
    late_accepted BOOLEAN      NOT NULL DEFAULT FALSE,
    -- graded with a score of 0..max_score; null: graded with a level (优/良/中/待提高)
    max_score     INT CHECK (max_score IS NULL OR max_score BETWEEN 1 AND 1000),
    withdrawn     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX homework_teacher ON homework (teacher_id, id DESC);

-- The classes it is assigned to; chosen_only: only the students listed in homework_student for that class
CREATE TABLE homework_class (
    homework_id BIGINT  NOT NULL REFERENCES homework (id) ON DELETE CASCADE,
    class_id    BIGINT  NOT NULL,
    chosen_only BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (homework_id, class_id)
);
CREATE INDEX homework_class_class ON homework_class (class_id, homework_id);

CREATE TABLE homework_student (
    homework_id BIGINT NOT NULL REFERENCES homework (id) ON DELETE CASCADE,
    class_id    BIGINT NOT NULL,
    student_id  BIGINT NOT NULL,
    PRIMARY KEY (homework_id, student_id)
);
CREATE INDEX homework_student_student ON homework_student (student_id);

-- The teacher's files (stored files) and library resources that come with it
CREATE TABLE homework_attachment (
    homework_id BIGINT       NOT NULL REFERENCES homework (id) ON DELETE CASCADE,
    file_id     BIGINT       NOT NULL,
    name        VARCHAR(255) NOT NULL,
    media_type  VARCHAR(200) NOT NULL,
    PRIMARY KEY (homework_id, file_id)
);

CREATE TABLE homework_resource (
    homework_id BIGINT NOT NULL REFERENCES homework (id) ON DELETE CASCADE,
    resource_id BIGINT NOT NULL,
    PRIMARY KEY (homework_id, resource_id)
);

-- One row per student who submitted: the state of their work now. status: SUBMITTED, GRADED, RETURNED
CREATE TABLE homework_submission (
    id           BIGSERIAL PRIMARY KEY,
    homework_id  BIGINT      NOT NULL REFERENCES homework (id),
    student_id   BIGINT      NOT NULL,
    class_id     BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL,
    version      INT         NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    late         BOOLEAN     NOT NULL,
    score        INT,
    level        VARCHAR(16),
    comment      TEXT,
    graded_by    BIGINT,
    graded_at    TIMESTAMPTZ,
    excellent    BOOLEAN     NOT NULL DEFAULT FALSE,
    UNIQUE (homework_id, student_id)
);
CREATE INDEX homework_submission_student ON homework_submission (student_id);
CREATE INDEX homework_submission_class ON homework_submission (homework_id, class_id);

-- Every version a student handed in: its text and files (PHOTO, FILE or AUDIO); a teacher's drawing on a photo is
-- kept as a new file beside the original (annotation_file_id)
CREATE TABLE homework_version (
    submission_id BIGINT      NOT NULL REFERENCES homework_submission (id),
    version       INT         NOT NULL,
    text          TEXT        NOT NULL DEFAULT '',
    submitted_at  TIMESTAMPTZ NOT NULL,
    late          BOOLEAN     NOT NULL,
    PRIMARY KEY (submission_id, version)
);

CREATE TABLE homework_file (
    id                 BIGSERIAL PRIMARY KEY,
    submission_id      BIGINT       NOT NULL REFERENCES homework_submission (id),
    version            INT          NOT NULL,
    kind               VARCHAR(8)   NOT NULL,
    file_id            BIGINT       NOT NULL,
    name               VARCHAR(255) NOT NULL,
    media_type         VARCHAR(200) NOT NULL,
    annotation_file_id BIGINT
);
CREATE INDEX homework_file_submission ON homework_file (submission_id, version);

-- Reminders before the due time, one per homework and lead time; a node takes a due one with FOR UPDATE SKIP
-- LOCKED and marks it sent in the transaction that publishes it, so no two nodes send it and none twice
CREATE TABLE homework_reminder (
    homework_id  BIGINT      NOT NULL REFERENCES homework (id) ON DELETE CASCADE,
    lead_minutes INT         NOT NULL,
    remind_at    TIMESTAMPTZ NOT NULL,
    sent_at      TIMESTAMPTZ,
    PRIMARY KEY (homework_id, lead_minutes)
);
CREATE INDEX homework_reminder_due ON homework_reminder (remind_at) WHERE sent_at IS NULL;
