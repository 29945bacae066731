-- This node's identity in the federation: one row, made at first start from the configured defaults.
CREATE TABLE node_identity (
    id          SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    code        VARCHAR(32)  NOT NULL,
    -- empty: the platform's name in the reader's language
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(16)  NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCE', 'CITY', 'COUNTY', 'SCHOOL')),
    region_code VARCHAR(6)   NOT NULL,
    base_url    VARCHAR(300) NOT NULL,
    -- Ed25519: the public key as X.509 SubjectPublicKeyInfo, the private key as PKCS#8 sealed like ID-card numbers
    key_id      VARCHAR(64)  NOT NULL,
    public_key  BYTEA        NOT NULL,
    private_key BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The nodes joined to this one: at most one parent, any number of children, each with the public key it sent.
CREATE TABLE node_peer (
    id              BIGSERIAL PRIMARY KEY,
    code            VARCHAR(32)  NOT NULL UNIQUE,
    relation        VARCHAR(8)   NOT NULL CHECK (relation IN ('PARENT', 'CHILD')),
    name            VARCHAR(100) NOT NULL,
    level           VARCHAR(16)  NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCE', 'CITY', 'COUNTY', 'SCHOOL')),
    region_code     VARCHAR(6)   NOT NULL,
    base_url        VARCHAR(300) NOT NULL,
    key_id          VARCHAR(64)  NOT NULL,
    public_key      BYTEA        NOT NULL,
    state           VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (state IN ('ACTIVE', 'SUSPENDED')),
    joined_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_contact_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX node_peer_one_parent ON node_peer (relation) WHERE relation = 'PARENT';

-- One-time join tokens a parent issues for a named child; only a hash of the token is kept.
CREATE TABLE node_join_token (
    id                BIGSERIAL PRIMARY KEY,
    token_hash        BYTEA        NOT NULL UNIQUE,
    child_name        VARCHAR(100) NOT NULL,
    child_level       VARCHAR(16)  NOT NULL CHECK (child_level IN ('PROVINCE', 'CITY', 'COUNTY', 'SCHOOL')),
    child_region_code VARCHAR(6)   NOT NULL,
    issued_by         BIGINT       NOT NULL,
    issued_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at        TIMESTAMPTZ  NOT NULL,
    used_at           TIMESTAMPTZ,
    used_by_code      VARCHAR(32),
    revoked_at        TIMESTAMPTZ
);
CREATE INDEX node_join_token_unused ON node_join_token (issued_at DESC) WHERE used_at IS NULL AND revoked_at IS NULL;

-- The nonces of signed requests seen lately, per node: a request carrying one again is a replay.
CREATE TABLE node_request_nonce (
    peer_code VARCHAR(32) NOT NULL,
    nonce     VARCHAR(64) NOT NULL,
    seen_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (peer_code, nonce)
);
CREATE INDEX node_request_nonce_seen ON node_request_nonce (seen_at);
