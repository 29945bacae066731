-- What was done to one target, newest first (a child's access record: each token issued and userinfo read).
CREATE INDEX audit_event_target ON audit_event (target_type, target_id, id DESC);
