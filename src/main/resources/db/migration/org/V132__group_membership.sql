-- Group members belong to org, which keeps its groups: the table moves from identity's migrations to org's, rows
-- and all.
CREATE TABLE group_membership (
    group_id  BIGINT NOT NULL REFERENCES org_group (id),
    person_id BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (group_id, person_id)
);
CREATE INDEX group_membership_person ON group_membership (person_id);

INSERT INTO group_membership (group_id, person_id) SELECT group_id, person_id FROM group_member;
DROP TABLE group_member;

-- What org publishes for the modules allowed to depend on it to read in their SQL.
CREATE VIEW org_v_school AS
    SELECT id, name, code, county_code, region_path FROM school;

CREATE VIEW org_v_class AS
    SELECT c.id, c.school_id, c.grade_id, c.name, g.name AS grade_name, g.year_level
    FROM school_class c JOIN grade g ON g.id = c.grade_id;

CREATE VIEW org_v_group AS
    SELECT id, name, kind, school_id, region_code, created_by FROM org_group;

CREATE VIEW org_v_group_member AS
    SELECT group_id, person_id FROM group_membership;
