CREATE TABLE bureau (
    id          BIGSERIAL PRIMARY KEY,
    region_code CHAR(6)     NOT NULL UNIQUE REFERENCES region (code),
    name        VARCHAR(100) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE school (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    -- 学校标识码 (10 digits), optional
    code        VARCHAR(10) UNIQUE,
    kind        VARCHAR(32) NOT NULL,
    stages      VARCHAR(64) NOT NULL,
    county_code CHAR(6)     NOT NULL REFERENCES region (code),
    region_path VARCHAR(128) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (county_code, name)
);
CREATE INDEX school_region_path ON school (region_path text_pattern_ops);

CREATE TABLE grade (
    id         BIGSERIAL PRIMARY KEY,
    school_id  BIGINT      NOT NULL REFERENCES school (id),
    stage      VARCHAR(16) NOT NULL,
    -- 1..12 counted from primary grade one
    year_level SMALLINT    NOT NULL CHECK (year_level BETWEEN 1 AND 12),
    name       VARCHAR(32) NOT NULL,
    UNIQUE (school_id, name)
);

CREATE TABLE school_class (
    id         BIGSERIAL PRIMARY KEY,
    school_id  BIGINT      NOT NULL REFERENCES school (id),
    grade_id   BIGINT      NOT NULL REFERENCES grade (id),
    name       VARCHAR(32) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (grade_id, name)
);
CREATE INDEX school_class_school ON school_class (school_id);

CREATE TABLE org_group (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('CLUB','INTEREST','RESEARCH')),
    school_id   BIGINT REFERENCES school (id),
    region_code CHAR(6) NOT NULL REFERENCES region (code),
    created_by  BIGINT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
