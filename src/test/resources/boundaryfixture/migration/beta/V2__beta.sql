CREATE TABLE beta_note (id BIGINT PRIMARY KEY, secret_id BIGINT);
