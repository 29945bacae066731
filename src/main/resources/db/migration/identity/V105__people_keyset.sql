-- Keyset pages of a school's people: the guardians of a school's students are found by the school, in guardian
-- order, without visiting every student. The student's school is copied into guardianship and kept right by
-- triggers, whatever writes the rows (forms, imports, COPY).
ALTER TABLE guardianship ADD COLUMN student_school_id BIGINT;

UPDATE guardianship g SET student_school_id = p.school_id FROM person p WHERE p.id = g.student_id;

CREATE INDEX guardianship_school_guardian ON guardianship (student_school_id, guardian_id);

CREATE FUNCTION guardianship_student_school() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.student_school_id := (SELECT school_id FROM person WHERE id = NEW.student_id);
    RETURN NEW;
END $$;

CREATE TRIGGER guardianship_student_school BEFORE INSERT OR UPDATE OF student_id ON guardianship
    FOR EACH ROW EXECUTE FUNCTION guardianship_student_school();

CREATE FUNCTION person_school_to_guardianship() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE guardianship SET student_school_id = NEW.school_id WHERE student_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER person_school_to_guardianship AFTER UPDATE OF school_id ON person
    FOR EACH ROW WHEN (OLD.school_id IS DISTINCT FROM NEW.school_id)
    EXECUTE FUNCTION person_school_to_guardianship();
