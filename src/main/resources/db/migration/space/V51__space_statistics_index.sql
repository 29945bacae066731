-- Space statistics count opened and active personal spaces per school from this index alone (index-only scan),
-- without touching the table's rows.
CREATE INDEX space_personal_stats ON space (school_id, opened_at, last_active_at) WHERE kind = 'PERSONAL';
