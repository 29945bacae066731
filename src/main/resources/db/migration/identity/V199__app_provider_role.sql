-- The account of an enterprise (an app provider) holds APP_PROVIDER at its organisation, never at a region or school.
ALTER TABLE role_grant DROP CONSTRAINT role_grant_role_check;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_role_check CHECK (role IN ('STUDENT', 'TEACHER', 'GUARDIAN',
    'SCHOOL_ADMIN', 'REGION_ADMIN', 'EXPERT', 'PLATFORM_ADMIN', 'APP_PROVIDER'));
ALTER TABLE role_grant ADD CONSTRAINT role_grant_provider_at_organisation
    CHECK (role <> 'APP_PROVIDER' OR (organisation_id IS NOT NULL AND region_code IS NULL AND school_id IS NULL));
