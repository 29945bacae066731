-- A school's bell schedule: the days taught each week and the periods (节次) of a day with their times.
CREATE TABLE bell_schedule (
    school_id     BIGINT PRIMARY KEY REFERENCES school (id),
    days_per_week SMALLINT    NOT NULL CHECK (days_per_week BETWEEN 5 AND 7),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE bell_period (
    school_id BIGINT   NOT NULL REFERENCES bell_schedule (school_id) ON DELETE CASCADE,
    period    SMALLINT NOT NULL CHECK (period BETWEEN 1 AND 12),
    starts_at TIME     NOT NULL,
    ends_at   TIME     NOT NULL,
    PRIMARY KEY (school_id, period),
    CHECK (ends_at > starts_at)
);

-- One cell of a class's timetable in a term: a day (1 Monday .. 7 Sunday) and a period → a subject and its teacher.
CREATE TABLE timetable_lesson (
    class_id     BIGINT     NOT NULL REFERENCES school_class (id),
    term_id      BIGINT     NOT NULL REFERENCES calendar_term (id),
    day          SMALLINT   NOT NULL CHECK (day BETWEEN 1 AND 7),
    period       SMALLINT   NOT NULL CHECK (period BETWEEN 1 AND 12),
    subject_code VARCHAR(8) NOT NULL,
    teacher_id   BIGINT REFERENCES person (id),
    PRIMARY KEY (class_id, term_id, day, period)
);
-- a teacher is in one class at a time
CREATE UNIQUE INDEX timetable_lesson_teacher ON timetable_lesson (teacher_id, term_id, day, period)
    WHERE teacher_id IS NOT NULL;
