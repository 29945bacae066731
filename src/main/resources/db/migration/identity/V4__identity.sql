-- A shared initial password for a batch of imported accounts: hashed once, changed at first sign-in.
CREATE TABLE initial_secret (
    id            BIGSERIAL PRIMARY KEY,
    password_hash VARCHAR(128) NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE person (
    id                   BIGSERIAL PRIMARY KEY,
    account              VARCHAR(64)  NOT NULL UNIQUE,
    name                 VARCHAR(64)  NOT NULL,
    gender               VARCHAR(8)   NOT NULL CHECK (gender IN ('MALE','FEMALE','UNKNOWN')),
    phone                VARCHAR(11)  UNIQUE,
    id_card_cipher       BYTEA,
    -- keyed hash of the ID-card number: uniqueness and matching without decrypting
    id_card_hash         BYTEA UNIQUE,
    id_card_masked       VARCHAR(18),
    school_id            BIGINT REFERENCES school (id),
    student_no           VARCHAR(32),
    staff_no             VARCHAR(32),
    password_hash        VARCHAR(128),
    initial_secret_id    BIGINT REFERENCES initial_secret (id),
    must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    failed_logins        INT         NOT NULL DEFAULT 0,
    locked_until         TIMESTAMPTZ,
    enabled              BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (password_hash IS NOT NULL OR initial_secret_id IS NOT NULL)
);
CREATE UNIQUE INDEX person_student_no ON person (school_id, student_no) WHERE student_no IS NOT NULL;
CREATE UNIQUE INDEX person_staff_no ON person (school_id, staff_no) WHERE staff_no IS NOT NULL;
CREATE INDEX person_school ON person (school_id);

CREATE TABLE role_grant (
    id          BIGSERIAL PRIMARY KEY,
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    role        VARCHAR(32) NOT NULL CHECK (role IN ('STUDENT','TEACHER','GUARDIAN','SCHOOL_ADMIN',
                                                     'REGION_ADMIN','EXPERT','PLATFORM_ADMIN')),
    region_code CHAR(6) REFERENCES region (code),
    school_id   BIGINT REFERENCES school (id),
    UNIQUE NULLS NOT DISTINCT (person_id, role, region_code, school_id)
);
CREATE INDEX role_grant_school ON role_grant (school_id, role);

-- a student's class
CREATE TABLE class_student (
    class_id  BIGINT NOT NULL REFERENCES school_class (id),
    person_id BIGINT NOT NULL UNIQUE REFERENCES person (id),
    PRIMARY KEY (class_id, person_id)
);

-- a teacher teaching a class (head teacher or subject teacher)
CREATE TABLE class_teacher (
    class_id   BIGINT  NOT NULL REFERENCES school_class (id),
    person_id  BIGINT  NOT NULL REFERENCES person (id),
    subject    VARCHAR(32),
    head       BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (class_id, person_id)
);
CREATE INDEX class_teacher_person ON class_teacher (person_id);

CREATE TABLE guardianship (
    guardian_id BIGINT      NOT NULL REFERENCES person (id),
    student_id  BIGINT      NOT NULL REFERENCES person (id),
    relation    VARCHAR(16) NOT NULL,
    PRIMARY KEY (guardian_id, student_id)
);
CREATE INDEX guardianship_student ON guardianship (student_id);

CREATE TABLE group_member (
    group_id  BIGINT NOT NULL REFERENCES org_group (id),
    person_id BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (group_id, person_id)
);
