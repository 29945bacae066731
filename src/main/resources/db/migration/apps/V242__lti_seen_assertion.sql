-- What a tool signed for one use (a client assertion's jti, a deep-linking answer's nonce), kept until it expires,
-- so that the same signed message sent again is refused.
CREATE TABLE lti_seen_assertion
(
  tool_id    BIGINT       NOT NULL REFERENCES lti_tool (id),
  token_id   VARCHAR(300) NOT NULL,
  keep_until TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (tool_id, token_id)
);
CREATE INDEX lti_seen_assertion_until ON lti_seen_assertion (keep_until);
