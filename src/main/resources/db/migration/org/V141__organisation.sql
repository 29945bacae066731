-- Organisations that are not schools: enterprises (app providers) and publishers. A role may be held at one.
CREATE TABLE organisation (
    id          BIGSERIAL PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('ENTERPRISE', 'PUBLISHER')),
    name        VARCHAR(100) NOT NULL,
    -- 统一社会信用代码: 18 characters
    credit_code CHAR(18) UNIQUE,
    region_code CHAR(6)      NOT NULL REFERENCES region (code),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
