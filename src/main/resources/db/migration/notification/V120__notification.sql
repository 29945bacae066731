-- What a person must see, behind the bell. The text is a message key with its arguments, written in the reader's
-- language when read; the link is a target (type and id), turned into a URL when read.
CREATE TABLE notification (
    id           BIGSERIAL PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    message_key  VARCHAR(100) NOT NULL,
    message_args TEXT[]       NOT NULL DEFAULT '{}',
    target_type  VARCHAR(32)  NOT NULL,
    target_id    VARCHAR(64)  NOT NULL,
    -- the fact it reports, so that an event delivered twice (a retry after a crash) notifies once
    source       VARCHAR(200) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    read_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX notification_source ON notification (person_id, source);
-- the bell's count and the first part of the list walk only the person's unread rows, newest first
CREATE INDEX notification_unread ON notification (person_id, id DESC) WHERE read_at IS NULL;
-- the rest of the list: the read ones, newest first
CREATE INDEX notification_read ON notification (person_id, id DESC) WHERE read_at IS NOT NULL;

-- Which kinds also reach a person by e-mail or SMS; no row: the bell only.
CREATE TABLE notification_preference (
    person_id BIGINT      NOT NULL,
    kind      VARCHAR(40) NOT NULL,
    email     BOOLEAN     NOT NULL DEFAULT false,
    sms       BOOLEAN     NOT NULL DEFAULT false,
    PRIMARY KEY (person_id, kind)
);
