-- An import job keeps the name and region path its school had when the job started, so that the roster module
-- lists and scopes its jobs without reading the org module's tables (a school's county, hence its path, is fixed).
ALTER TABLE import_job ADD COLUMN school_name VARCHAR(128);
ALTER TABLE import_job ADD COLUMN school_path VARCHAR(128);
UPDATE import_job j SET school_name = s.name, school_path = s.region_path FROM school s WHERE s.id = j.school_id;
ALTER TABLE import_job ALTER COLUMN school_name SET NOT NULL;
ALTER TABLE import_job ALTER COLUMN school_path SET NOT NULL;
CREATE INDEX import_job_path ON import_job (school_path text_pattern_ops, created_at DESC);
