-- Resources harvested from other nodes: identified by their origin's OAI identifier (null for local ones), with the
-- origin node's name, the link back to the record's page there and the origin's datestamp (a page asked again skips
-- what is unchanged). They have no local owner: they were contributed and reviewed at their origin.
ALTER TABLE resource ADD COLUMN origin_identifier VARCHAR(300) UNIQUE;
ALTER TABLE resource ADD COLUMN origin_name VARCHAR(200);
ALTER TABLE resource ADD COLUMN origin_url VARCHAR(1000);
ALTER TABLE resource ADD COLUMN origin_datestamp TIMESTAMPTZ;
ALTER TABLE resource ALTER COLUMN owner_id DROP NOT NULL;
ALTER TABLE resource ADD CONSTRAINT resource_owned_or_harvested
    CHECK (owner_id IS NOT NULL OR origin_identifier IS NOT NULL);
-- the names of the nodes of origin met so far, for the search facet (a handful of rows, read on every search page)
CREATE TABLE resource_origin (
    code VARCHAR(32)  PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);
