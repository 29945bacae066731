-- The school calendar: school years (学年) with their terms (学期) and the days off or make-up working days (调休) of a
-- term. A calendar belongs to one school, or to a region for all of its schools; a school's own calendar takes
-- precedence over its regions'.
CREATE TABLE calendar_year (
    id          BIGSERIAL PRIMARY KEY,
    school_id   BIGINT REFERENCES school (id),
    region_code CHAR(6) REFERENCES region (code),
    name        VARCHAR(32) NOT NULL,
    first_day   DATE        NOT NULL,
    last_day    DATE        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((school_id IS NULL) <> (region_code IS NULL)),
    CHECK (last_day >= first_day)
);
CREATE INDEX calendar_year_school ON calendar_year (school_id) WHERE school_id IS NOT NULL;
CREATE INDEX calendar_year_region ON calendar_year (region_code) WHERE region_code IS NOT NULL;

CREATE TABLE calendar_term (
    id        BIGSERIAL PRIMARY KEY,
    year_id   BIGINT      NOT NULL REFERENCES calendar_year (id) ON DELETE CASCADE,
    name      VARCHAR(32) NOT NULL,
    first_day DATE        NOT NULL,
    last_day  DATE        NOT NULL,
    CHECK (last_day >= first_day)
);
CREATE INDEX calendar_term_year ON calendar_term (year_id);

-- HOLIDAY: no teaching (国庆); WORKDAY: a weekend day taught to make up for one (调休)
CREATE TABLE calendar_day_off (
    id        BIGSERIAL PRIMARY KEY,
    term_id   BIGINT      NOT NULL REFERENCES calendar_term (id) ON DELETE CASCADE,
    name      VARCHAR(32) NOT NULL,
    first_day DATE        NOT NULL,
    last_day  DATE        NOT NULL,
    kind      VARCHAR(8)  NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    CHECK (last_day >= first_day)
);
CREATE INDEX calendar_day_off_term ON calendar_day_off (term_id);
