-- The audit log refuses TRUNCATE as well as UPDATE and DELETE (TRUNCATE fires no row triggers).
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_immutable();

-- Raised whenever the password changes; a session signed in under an older stamp is ended (on every node).
ALTER TABLE person ADD COLUMN credential_stamp BIGINT NOT NULL DEFAULT 0;

-- Failed sign-ins per (login as typed, client address), and per address alone (login ''). A key that failed too
-- often waits until blocked_until, a delay that grows with each further failure. Unknown and existing accounts are
-- counted alike, and a stranger's failures never block the account's owner at another address.
CREATE TABLE sign_in_throttle (
    login          VARCHAR(64) NOT NULL,
    address        VARCHAR(64) NOT NULL,
    failures       INT         NOT NULL DEFAULT 0,
    blocked_until  TIMESTAMPTZ,
    last_failed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (login, address)
);
