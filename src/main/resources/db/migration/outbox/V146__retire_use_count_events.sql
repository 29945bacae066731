-- Use counts reach the search index without events now (they are read from the resource rows): publications left
-- for the retired listener would fail for ever, so they go.
DELETE FROM event_publication WHERE listener_id = 'resource.use-counts';
