-- A tool's content placed in a class space by a teacher through deep linking: a resource link that the class's
-- teachers and students launch. Its URL came signed by the tool; launches for it may be posted there.
CREATE TABLE lti_link
(
  id         BIGSERIAL PRIMARY KEY,
  tool_id    BIGINT        NOT NULL REFERENCES lti_tool (id),
  class_id   BIGINT        NOT NULL,
  title      VARCHAR(200)  NOT NULL,
  url        VARCHAR(1000),
  text       VARCHAR(1000),
  created_by BIGINT        NOT NULL,
  created_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX lti_link_class ON lti_link (class_id, id);
