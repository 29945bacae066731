-- GB/T 2260 administrative divisions. A retired region is kept for history.
CREATE TABLE region (
    code        CHAR(6)      PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    level       VARCHAR(16)  NOT NULL CHECK (level IN ('NATIONAL','PROVINCE','CITY','COUNTY')),
    parent_code CHAR(6)      REFERENCES region (code),
    -- materialised path '/000000/130000/130100/130102/' for subtree scope checks
    path        VARCHAR(128) NOT NULL UNIQUE,
    retired_at  TIMESTAMPTZ,
    replaced_by CHAR(6)      REFERENCES region (code),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX region_parent ON region (parent_code);
CREATE INDEX region_path_prefix ON region (path text_pattern_ops);

CREATE TABLE region_change (
    id         BIGSERIAL PRIMARY KEY,
    code       CHAR(6)     NOT NULL REFERENCES region (code),
    kind       VARCHAR(16) NOT NULL CHECK (kind IN ('ADDED','RENAMED','RETIRED')),
    old_name   VARCHAR(64),
    new_name   VARCHAR(64),
    replaced_by CHAR(6),
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by BIGINT
);
CREATE INDEX region_change_code ON region_change (code, changed_at);
