-- Apps of app providers (应用), their approval by region (inherited by the regions below unless one opts out),
-- schools that hide them from their people, and the personal data each asks for (OIDC scopes) with its purpose.
CREATE TABLE app (
    id             BIGSERIAL PRIMARY KEY,
    provider_id    BIGINT        NOT NULL REFERENCES app_provider (id),
    name           VARCHAR(60)   NOT NULL,
    category       VARCHAR(24)   NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    -- space-separated: TEACHER STUDENT GUARDIAN
    audiences      VARCHAR(40)   NOT NULL,
    -- space-separated stage and subject codes of the textbook tree; empty for all
    stages         VARCHAR(40)   NOT NULL DEFAULT '',
    subjects       VARCHAR(200)  NOT NULL DEFAULT '',
    launch_url     VARCHAR(500)  NOT NULL,
    -- one per line
    redirect_uris  VARCHAR(2000) NOT NULL,
    -- 教育移动互联网应用程序备案号
    filing_number  VARCHAR(40)   NOT NULL,
    -- the OIDC client registered at the app's first approval
    client_id      VARCHAR(100)  UNIQUE,
    suspended_at   TIMESTAMPTZ,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX app_provider_apps ON app (provider_id, id);

CREATE TABLE app_scope (
    app_id  BIGINT       NOT NULL REFERENCES app (id) ON DELETE CASCADE,
    scope   VARCHAR(20)  NOT NULL,
    purpose VARCHAR(200) NOT NULL,
    PRIMARY KEY (app_id, scope)
);

CREATE TABLE app_region (
    app_id      BIGINT      NOT NULL REFERENCES app (id) ON DELETE CASCADE,
    region_code CHAR(6)     NOT NULL,
    decision    VARCHAR(16) NOT NULL CHECK (decision IN ('PENDING', 'APPROVED', 'REFUSED', 'OPTED_OUT')),
    reason      VARCHAR(500),
    decided_by  BIGINT,
    decided_at  TIMESTAMPTZ,
    applied_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (app_id, region_code)
);
CREATE INDEX app_region_decision ON app_region (region_code, decision);

CREATE TABLE app_hidden (
    app_id    BIGINT      NOT NULL REFERENCES app (id) ON DELETE CASCADE,
    school_id BIGINT      NOT NULL,
    hidden_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (app_id, school_id)
);
