-- The people of this node whom a joined node of the federation signed in: linked by that node's code and the
-- subject its ID tokens name them by (never by phone or name).
CREATE TABLE node_account_link (
    node_code varchar(32) NOT NULL,
    subject varchar(255) NOT NULL,
    person_id bigint NOT NULL,
    linked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (node_code, subject)
);
CREATE INDEX node_account_link_person ON node_account_link (person_id);
