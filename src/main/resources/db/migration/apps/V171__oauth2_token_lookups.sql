-- The authorization server finds an authorization by the value of its state, code or token at every step of a
-- sign-in (authorize, token, userinfo, refresh, revoke): without an index each step reads the whole table, which
-- grows by one row per sign-in. Hash indexes, as the values are long and only ever compared for equality.
CREATE INDEX oauth2_authorization_state ON oauth2_authorization USING hash (state);
CREATE INDEX oauth2_authorization_code ON oauth2_authorization USING hash (authorization_code_value);
CREATE INDEX oauth2_authorization_access_token ON oauth2_authorization USING hash (access_token_value);
CREATE INDEX oauth2_authorization_refresh_token ON oauth2_authorization USING hash (refresh_token_value);
CREATE INDEX oauth2_authorization_id_token ON oauth2_authorization USING hash (oidc_id_token_value);
CREATE INDEX oauth2_authorization_principal ON oauth2_authorization (registered_client_id, principal_name);
CREATE UNIQUE INDEX oauth2_registered_client_client_id ON oauth2_registered_client (client_id);
