-- Closures (停课不停学): a school, or every school of a region, taught online between two days. Ended early, the
-- closure keeps its planned last day and records the day it ended (ended_on), so the history stays readable.
CREATE TABLE closure (
    id          BIGSERIAL PRIMARY KEY,
    -- the place: a region (all its schools) or one school, never both
    region_code CHAR(6),
    school_id   BIGINT,
    place_name  VARCHAR(200) NOT NULL,
    -- the region path of the place (of the school's county for a school), for scope checks and the schools covered
    place_path  VARCHAR(200) NOT NULL,
    first_day   DATE         NOT NULL,
    last_day    DATE         NOT NULL,
    ended_on    DATE,
    reason      VARCHAR(500) NOT NULL,
    created_by  BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK ((region_code IS NULL) <> (school_id IS NULL)),
    CHECK (last_day >= first_day)
);
CREATE INDEX closure_school ON closure (school_id, first_day) WHERE school_id IS NOT NULL;
CREATE INDEX closure_place_path ON closure (place_path text_pattern_ops, first_day);

-- A period of a class's online schedule on one day: the live link the teacher entered, and the library resources
-- attached to it
CREATE TABLE closure_lesson (
    class_id    BIGINT       NOT NULL,
    lesson_date DATE         NOT NULL,
    period      SMALLINT     NOT NULL CHECK (period BETWEEN 1 AND 12),
    live_url    VARCHAR(500),
    set_by      BIGINT       NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (class_id, lesson_date, period)
);

CREATE TABLE closure_lesson_resource (
    class_id    BIGINT   NOT NULL,
    lesson_date DATE     NOT NULL,
    period      SMALLINT NOT NULL,
    resource_id BIGINT   NOT NULL,
    PRIMARY KEY (class_id, lesson_date, period, resource_id),
    FOREIGN KEY (class_id, lesson_date, period) REFERENCES closure_lesson (class_id, lesson_date, period)
        ON DELETE CASCADE
);

-- A student opening a lesson of the online schedule: the "opened their lessons" figure, counted per day
CREATE TABLE closure_opening (
    student_id  BIGINT      NOT NULL,
    lesson_date DATE        NOT NULL,
    period      SMALLINT    NOT NULL,
    class_id    BIGINT      NOT NULL,
    school_id   BIGINT      NOT NULL,
    opened_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (student_id, lesson_date, period)
);
CREATE INDEX closure_opening_school ON closure_opening (school_id, lesson_date);
CREATE INDEX closure_opening_class ON closure_opening (class_id, lesson_date);
