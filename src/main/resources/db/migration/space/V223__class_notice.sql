-- A notice in a class space is addressed to the class's students, their guardians or both, and may ask each of
-- them for a confirmation (回执) or a choice among options, until an optional deadline. Notices posted before this
-- migration were addressed to everyone and asked nothing.
CREATE TABLE class_notice (
    post_id       BIGINT      PRIMARY KEY REFERENCES post (id),
    audience      VARCHAR(16) NOT NULL CHECK (audience IN ('STUDENTS','GUARDIANS','BOTH')),
    ask           VARCHAR(16) NOT NULL CHECK (ask IN ('NONE','CONFIRM','CHOICE')),
    options       TEXT[],
    deadline      TIMESTAMPTZ,
    -- the last reminder to those who have not read it, so reminders stay spaced out
    reminded_at   TIMESTAMPTZ
);
INSERT INTO class_notice (post_id, audience, ask)
    SELECT p.id, 'BOTH', 'NONE' FROM post p JOIN space s ON s.id = p.space_id
    WHERE p.kind = 'NOTICE' AND s.kind = 'CLASS';

-- who of the audience opened the notice, and when first
CREATE TABLE notice_read (
    post_id   BIGINT      NOT NULL REFERENCES post (id),
    person_id BIGINT      NOT NULL,
    read_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (post_id, person_id)
);

-- each addressee's answer: the index of the chosen option (0 for a confirmation); changed in place until the deadline
CREATE TABLE notice_answer (
    post_id     BIGINT      NOT NULL REFERENCES post (id),
    person_id   BIGINT      NOT NULL,
    choice      SMALLINT    NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (post_id, person_id)
);

-- private threads: one per addressee (person_id), written by that addressee and by those who manage the class
CREATE TABLE notice_reply (
    id         BIGSERIAL PRIMARY KEY,
    post_id    BIGINT        NOT NULL REFERENCES post (id),
    person_id  BIGINT        NOT NULL,
    author_id  BIGINT        NOT NULL,
    body       VARCHAR(1000) NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX notice_reply_thread ON notice_reply (post_id, person_id, id);
