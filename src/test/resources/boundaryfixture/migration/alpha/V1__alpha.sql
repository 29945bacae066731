CREATE TABLE alpha_secret (id BIGINT PRIMARY KEY, name VARCHAR(10) NOT NULL);
-- published to the modules that may depend on alpha
CREATE VIEW alpha_v_open AS SELECT id, name FROM alpha_secret;
