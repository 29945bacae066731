-- What kind of principal acted: a person, an application client or a peer node. Earlier rows were all people.
ALTER TABLE audit_event ADD COLUMN principal_kind VARCHAR(16) NOT NULL DEFAULT 'PERSON'
    CHECK (principal_kind IN ('PERSON', 'CLIENT', 'NODE'));
