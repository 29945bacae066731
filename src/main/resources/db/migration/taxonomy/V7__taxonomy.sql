-- The textbook tree (教材目录): stage → subject → edition → grade → volume → chapter → section → lesson.
-- National reference data; a retired node is kept so that what was placed there stays readable.
CREATE TABLE textbook_node (
    id         BIGSERIAL    PRIMARY KEY,
    parent_id  BIGINT       REFERENCES textbook_node (id),
    level      VARCHAR(16)  NOT NULL CHECK (level IN ('STAGE','SUBJECT','EDITION','GRADE','VOLUME','CHAPTER',
                                                       'SECTION','LESSON')),
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    -- only editions name their publisher: two editions with the same book title are told apart by it
    publisher  VARCHAR(100),
    position   INT          NOT NULL DEFAULT 0,
    -- materialised id path '/1/5/9/' for subtree reads, moves and retirement
    path       VARCHAR(512) NOT NULL,
    retired_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK ((level = 'EDITION') = (publisher IS NOT NULL))
);
-- a code is unique among its siblings, the stages being siblings under no parent
CREATE UNIQUE INDEX textbook_node_sibling_code ON textbook_node (COALESCE(parent_id, 0), code);
CREATE INDEX textbook_node_parent ON textbook_node (parent_id, position, id);
CREATE INDEX textbook_node_path_prefix ON textbook_node (path text_pattern_ops);
