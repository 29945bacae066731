-- The item bank and quizzes. An item belongs to a teacher and, when shared, to their school's bank; its answer key
-- lives beside it: the choices and which are correct, the truth of a statement, or the accepted answers of each blank.
CREATE TABLE quiz_item (
    id              BIGSERIAL PRIMARY KEY,
    owner_id        BIGINT       NOT NULL,
    school_id       BIGINT,
    shared          BOOLEAN      NOT NULL DEFAULT FALSE,
    subject_code    VARCHAR(16)  NOT NULL,
    node_id         BIGINT,
    kind            VARCHAR(20)  NOT NULL,
    stem            TEXT         NOT NULL,
    choices         TEXT[]       NOT NULL DEFAULT '{}',
    correct_choices INT[]        NOT NULL DEFAULT '{}',
    answer_true     BOOLEAN,
    guidance        TEXT,
    image_file_id   BIGINT,
    retired         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX quiz_item_owner ON quiz_item (owner_id, id DESC);
CREATE INDEX quiz_item_school ON quiz_item (school_id, subject_code, id DESC) WHERE shared AND NOT retired;

-- The accepted answers of one blank of a fill-in item, in the order of the blanks.
CREATE TABLE quiz_item_blank (
    item_id  BIGINT NOT NULL REFERENCES quiz_item (id) ON DELETE CASCADE,
    blank    INT    NOT NULL,
    accepted TEXT[] NOT NULL,
    PRIMARY KEY (item_id, blank)
);

-- A quiz: items with their points, assigned to classes within a window, with an optional time limit.
CREATE TABLE quiz (
    id                 BIGSERIAL PRIMARY KEY,
    owner_id           BIGINT       NOT NULL,
    school_id          BIGINT       NOT NULL,
    title              VARCHAR(200) NOT NULL,
    subject_code       VARCHAR(16)  NOT NULL,
    opens_at           TIMESTAMPTZ  NOT NULL,
    closes_at          TIMESTAMPTZ  NOT NULL,
    time_limit_minutes INT,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX quiz_owner ON quiz (owner_id, id DESC);

CREATE TABLE quiz_entry (
    quiz_id  BIGINT       NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    position INT          NOT NULL,
    item_id  BIGINT       NOT NULL REFERENCES quiz_item (id),
    points   NUMERIC(6,1) NOT NULL,
    PRIMARY KEY (quiz_id, position)
);
CREATE INDEX quiz_entry_item ON quiz_entry (item_id);

CREATE TABLE quiz_class (
    quiz_id  BIGINT NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    class_id BIGINT NOT NULL,
    PRIMARY KEY (quiz_id, class_id)
);
CREATE INDEX quiz_class_class ON quiz_class (class_id);

-- One student's attempt: started on the server (the time limit counts from here), handed in once.
CREATE TABLE quiz_attempt (
    id           BIGSERIAL PRIMARY KEY,
    quiz_id      BIGINT       NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    student_id   BIGINT       NOT NULL,
    class_id     BIGINT       NOT NULL,
    started_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    handed_in_at TIMESTAMPTZ,
    score        NUMERIC(8,1),
    -- true once every answer has its points (short answers wait for the teacher)
    marked       BOOLEAN      NOT NULL DEFAULT FALSE,
    UNIQUE (quiz_id, student_id)
);

-- An answer to one entry; points null until marked.
CREATE TABLE quiz_answer (
    attempt_id BIGINT       NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    response   TEXT[]       NOT NULL,
    points     NUMERIC(6,1),
    correct    BOOLEAN,
    comment    TEXT,
    saved_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (attempt_id, position)
);
