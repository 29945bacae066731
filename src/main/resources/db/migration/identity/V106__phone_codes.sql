-- A phone is verified only by a code round-trip (imports and administrators' entries do not verify it); a changed
-- number is unverified again.
ALTER TABLE person ADD COLUMN phone_verified_at TIMESTAMPTZ;

CREATE FUNCTION person_phone_unverified() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.phone_verified_at := NULL;
    RETURN NEW;
END $$;

CREATE TRIGGER person_phone_unverified BEFORE UPDATE OF phone ON person
    FOR EACH ROW WHEN (OLD.phone IS DISTINCT FROM NEW.phone) EXECUTE FUNCTION person_phone_unverified();

-- One-time codes sent by SMS: to verify one's phone, or to reset a forgotten password. Only a salted hash of the
-- code is kept. Every request is recorded, also for numbers without an account, so that the per-phone throttle
-- answers alike whether or not the number has an account.
CREATE TABLE phone_code (
    id         BIGSERIAL PRIMARY KEY,
    phone      VARCHAR(11) NOT NULL,
    person_id  BIGINT REFERENCES person (id),
    purpose    VARCHAR(8)  NOT NULL CHECK (purpose IN ('RESET', 'VERIFY')),
    salt       BYTEA       NOT NULL,
    code_hash  BYTEA       NOT NULL,
    attempts   INT         NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX phone_code_phone ON phone_code (phone, created_at DESC);
