CREATE TABLE space (
    id             BIGSERIAL PRIMARY KEY,
    kind           VARCHAR(16)  NOT NULL CHECK (kind IN ('PERSONAL','BUREAU','SCHOOL','CLASS','GROUP')),
    owner_id       BIGINT       NOT NULL,
    title          VARCHAR(100) NOT NULL,
    intro          VARCHAR(2000),
    visibility     VARCHAR(16)  NOT NULL DEFAULT 'MEMBERS' CHECK (visibility IN ('PUBLIC','MEMBERS','PRIVATE')),
    visit_count    BIGINT       NOT NULL DEFAULT 0,
    -- where the space belongs, for statistics and scope
    region_path    VARCHAR(128) NOT NULL,
    school_id      BIGINT,
    opened_at      TIMESTAMPTZ,
    last_active_at TIMESTAMPTZ,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (kind, owner_id)
);
CREATE INDEX space_region_path ON space (region_path text_pattern_ops);
CREATE INDEX space_school ON space (school_id);

CREATE TABLE post (
    id         BIGSERIAL PRIMARY KEY,
    space_id   BIGINT      NOT NULL REFERENCES space (id),
    author_id  BIGINT      NOT NULL REFERENCES person (id),
    kind       VARCHAR(16) NOT NULL CHECK (kind IN ('NOTICE','POST')),
    body       VARCHAR(5000) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at TIMESTAMPTZ
);
CREATE INDEX post_space ON post (space_id, kind, id DESC);

CREATE TABLE post_image (
    id           BIGSERIAL PRIMARY KEY,
    post_id      BIGINT      NOT NULL REFERENCES post (id),
    content_type VARCHAR(32) NOT NULL,
    bytes        BYTEA       NOT NULL
);
CREATE INDEX post_image_post ON post_image (post_id);
