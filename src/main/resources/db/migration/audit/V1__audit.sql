-- The audit log: append-only. Rows are never updated or deleted by the application.
CREATE TABLE audit_event (
    id            BIGSERIAL PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor_id      BIGINT,
    actor_account VARCHAR(64),
    actor_role    VARCHAR(32),
    action        VARCHAR(64)  NOT NULL,
    target_type   VARCHAR(32),
    target_id     VARCHAR(64),
    result        VARCHAR(16)  NOT NULL,
    ip            VARCHAR(64),
    -- where the target lives, so that administrators read only their own scope
    region_path   VARCHAR(128),
    school_id     BIGINT,
    detail        VARCHAR(1000)
);
CREATE INDEX audit_event_at ON audit_event (at DESC, id DESC);
CREATE INDEX audit_event_region ON audit_event (region_path text_pattern_ops, at DESC);
CREATE INDEX audit_event_school ON audit_event (school_id, at DESC);

CREATE FUNCTION audit_event_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_immutable();
