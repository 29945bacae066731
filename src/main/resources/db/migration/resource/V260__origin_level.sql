-- The level of a node of origin (NATIONAL … SCHOOL) as its records' sets name it, so that a hub counts a school
-- reached through a county as a school; null for a source that does not say.
ALTER TABLE resource_origin ADD COLUMN level VARCHAR(16);
