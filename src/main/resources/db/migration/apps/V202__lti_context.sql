-- The classes a tool has been launched in: the only classes whose members the tool may read (names and roles
-- provisioning service), and only after a launch there.
CREATE TABLE lti_context
(
  tool_id     BIGINT      NOT NULL REFERENCES lti_tool (id),
  class_id    BIGINT      NOT NULL,
  launched_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (tool_id, class_id)
);
