-- The LTI 1.3 side of a tool that opens from class spaces: how the node starts a launch (the tool's OIDC login
-- initiation URL), where it may post the signed launch (the target link URI, the deep-linking URL), and how the
-- node checks what the tool signs (its JWK set URL or its public key).
CREATE TABLE lti_tool
(
  id                 BIGSERIAL PRIMARY KEY,
  name               VARCHAR(100)  NOT NULL,
  client_id          VARCHAR(100)  NOT NULL UNIQUE,
  deployment_id      VARCHAR(100)  NOT NULL,
  login_url          VARCHAR(1000) NOT NULL,
  target_link_uri    VARCHAR(1000) NOT NULL,
  deep_linking_url   VARCHAR(1000),
  jwks_url           VARCHAR(1000),
  public_key         TEXT,
  sends_names        BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
  created_by         BIGINT        NOT NULL
);

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

-- The classes a tool has been launched in: the only classes whose members the tool may read (names and roles
-- provisioning service), and only after a launch there.
CREATE TABLE lti_context
(
  tool_id     BIGINT      NOT NULL REFERENCES lti_tool (id),
  class_id    BIGINT      NOT NULL,
  launched_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (tool_id, class_id)
);
