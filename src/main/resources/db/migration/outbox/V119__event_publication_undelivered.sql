-- The outbox page and API list undelivered publications oldest first, by keyset (publication time, id); delivered
-- rows are deleted at once, so this index covers what is left.
CREATE INDEX event_publication_undelivered_idx ON event_publication (publication_date, id) WHERE completion_date IS NULL;
