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
