-- Teaching resources: metadata, places in the textbook tree, files per version, review, and use.
CREATE TABLE resource (
    id               BIGSERIAL PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(5000) NOT NULL DEFAULT '',
    type             VARCHAR(32)   NOT NULL,
    audiences        VARCHAR(64)   NOT NULL,           -- comma-separated Audience names
    language         VARCHAR(16)   NOT NULL,
    licence          VARCHAR(32)   NOT NULL,
    author           VARCHAR(100)  NOT NULL,
    owner_id         BIGINT        NOT NULL REFERENCES person (id),
    -- the contributing organisation: a school, or the bureau of region_path when school_id is null
    school_id        BIGINT REFERENCES school (id),
    organisation     VARCHAR(200)  NOT NULL,
    region_path      VARCHAR(128)  NOT NULL,
    origin           VARCHAR(32)   NOT NULL,           -- node of origin
    visibility       VARCHAR(16)   NOT NULL CHECK (visibility IN ('PUBLIC','SIGNED_IN','ORGANISATION')),
    status           VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT','SUBMITTED','PUBLISHED','REJECTED',
                                                                'WITHDRAWN','RETIRED')),
    version          INT           NOT NULL DEFAULT 1,
    flagged_words    VARCHAR(1000),                    -- sensitive words found, for the reviewer
    reject_reason    VARCHAR(1000),
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    published_at     TIMESTAMPTZ,
    download_count   BIGINT        NOT NULL DEFAULT 0,
    favourite_count  BIGINT        NOT NULL DEFAULT 0,
    rating_count     BIGINT        NOT NULL DEFAULT 0,
    rating_sum       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX resource_owner ON resource (owner_id, id DESC);
CREATE INDEX resource_status ON resource (status, id);
CREATE INDEX resource_school ON resource (school_id, status);
CREATE INDEX resource_region ON resource (region_path text_pattern_ops, status);

CREATE TABLE resource_keyword (
    resource_id BIGINT      NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position    INT         NOT NULL,
    keyword     VARCHAR(50) NOT NULL,
    PRIMARY KEY (resource_id, position)
);

-- textbook-tree nodes (taxonomy) the resource is placed at; checked through the taxonomy facade
CREATE TABLE resource_place (
    resource_id BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    node_id      BIGINT      NOT NULL,
    position     INT         NOT NULL,
    subject_code VARCHAR(16),          -- the place's subject, copied for reviewer assignment
    PRIMARY KEY (resource_id, node_id)
);
CREATE INDEX resource_place_node ON resource_place (node_id);

-- the files of each version; the current ones are those of resource.version, older rows are history
CREATE TABLE resource_file (
    id          BIGSERIAL PRIMARY KEY,
    resource_id BIGINT      NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    version     INT         NOT NULL,
    file_id     BIGINT      NOT NULL,
    role        VARCHAR(16) NOT NULL CHECK (role IN ('MAIN','PLAN','SLIDES','RECORDING','EXERCISES','MATERIAL')),
    position    INT         NOT NULL,
    UNIQUE (resource_id, version, position)
);

CREATE TABLE resource_version (
    resource_id BIGINT      NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    version     INT         NOT NULL,
    created_by  BIGINT      NOT NULL REFERENCES person (id),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (resource_id, version)
);

-- the review history: every transition with who did it and why
CREATE TABLE resource_transition (
    id          BIGSERIAL PRIMARY KEY,
    resource_id BIGINT        NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    version     INT           NOT NULL,
    from_status VARCHAR(16)   NOT NULL,
    to_status   VARCHAR(16)   NOT NULL,
    actor_id    BIGINT        NOT NULL REFERENCES person (id),
    reason      VARCHAR(1000),
    at          TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX resource_transition_resource ON resource_transition (resource_id, id);

-- expert reviewers by region subtree and subject code
CREATE TABLE review_assignment (
    id           BIGSERIAL PRIMARY KEY,
    expert_id    BIGINT       NOT NULL REFERENCES person (id),
    region_code  CHAR(6)      NOT NULL REFERENCES region (code),
    region_path  VARCHAR(128) NOT NULL,
    subject_code VARCHAR(16)  NOT NULL,
    UNIQUE (expert_id, region_code, subject_code)
);
CREATE INDEX review_assignment_expert ON review_assignment (expert_id);

CREATE TABLE resource_favourite (
    resource_id BIGINT      NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (resource_id, person_id)
);
CREATE INDEX resource_favourite_person ON resource_favourite (person_id, created_at DESC);

CREATE TABLE resource_rating (
    resource_id BIGINT   NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    person_id   BIGINT   NOT NULL REFERENCES person (id),
    stars       SMALLINT NOT NULL CHECK (stars BETWEEN 1 AND 5),
    PRIMARY KEY (resource_id, person_id)
);

CREATE TABLE resource_comment (
    id            BIGSERIAL PRIMARY KEY,
    resource_id   BIGINT        NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    author_id     BIGINT        NOT NULL REFERENCES person (id),
    body          VARCHAR(2000) NOT NULL,
    status        VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING','APPROVED','REJECTED')),
    flagged_words VARCHAR(1000),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX resource_comment_resource ON resource_comment (resource_id, status, id);
