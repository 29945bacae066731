-- Keyset pages of the administration lists walk these indexes in id order within their filter.
CREATE INDEX person_school_id ON person (school_id, id);
DROP INDEX person_school;
CREATE INDEX audit_event_school_id ON audit_event (school_id, id DESC);
CREATE INDEX audit_event_account_id ON audit_event (actor_account, id DESC);
CREATE INDEX role_grant_region ON role_grant (region_code, role) WHERE region_code IS NOT NULL;
