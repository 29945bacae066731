-- Enterprises that register as app providers (应用提供方), vetted by a platform administrator. The enterprise is an
-- organisation (at which its accounts hold the APP_PROVIDER role); what vetting needs is kept here.
CREATE TABLE app_provider (
    id                   BIGSERIAL PRIMARY KEY,
    organisation_id      BIGINT       NOT NULL UNIQUE REFERENCES organisation (id),
    name                 VARCHAR(100) NOT NULL,
    -- 统一社会信用代码 (GB 32100), checked with its check character before it is stored
    credit_code          CHAR(18)     NOT NULL UNIQUE,
    -- ICP备案号, e.g. 京ICP备12345678号-1
    icp_filing           VARCHAR(40)  NOT NULL,
    -- 网络安全等级保护 level; from level 2 on, the certificate's number
    security_level       SMALLINT     NOT NULL CHECK (security_level BETWEEN 1 AND 4),
    security_certificate VARCHAR(64),
    region_code          CHAR(6)      NOT NULL,
    contact_name         VARCHAR(64)  NOT NULL,
    contact_phone        VARCHAR(20)  NOT NULL,
    status               VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED')),
    refusal_reason       VARCHAR(500),
    registered_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    vetted_at            TIMESTAMPTZ,
    CHECK (security_level = 1 OR security_certificate IS NOT NULL)
);
CREATE INDEX app_provider_status ON app_provider (status, id);
