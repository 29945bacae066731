-- A role may also be held at a group (its leader) or at an organisation that is not a school (an enterprise, a
-- publisher); the same role at two different places is two grants.
ALTER TABLE role_grant ADD COLUMN group_id BIGINT REFERENCES org_group (id);
ALTER TABLE role_grant ADD COLUMN organisation_id BIGINT REFERENCES organisation (id);
ALTER TABLE role_grant DROP CONSTRAINT role_grant_person_id_role_region_code_school_id_key;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_place
    UNIQUE NULLS NOT DISTINCT (person_id, role, region_code, school_id, group_id, organisation_id);
