-- What identity publishes for the modules allowed to depend on it to read in their SQL (joins, counts, keyset
-- pages): narrow views, never credentials, phones or ID-card data. Identity's tables stay its own; these views keep
-- their columns when the tables change.
CREATE VIEW identity_v_person AS
    SELECT id, account, name, school_id, student_no, enabled FROM person;

CREATE VIEW identity_v_role_grant AS
    SELECT id, person_id, role, region_code, school_id FROM role_grant;

CREATE VIEW identity_v_class_student AS
    SELECT class_id, person_id FROM class_student;

CREATE VIEW identity_v_class_teacher AS
    SELECT class_id, person_id, subject, head FROM class_teacher;

CREATE VIEW identity_v_guardianship AS
    SELECT guardian_id, student_id, relation FROM guardianship;
