-- Screenshots of an app, kept by the storage module; shown in the app centre and to those who decide on the app.
CREATE TABLE app_screenshot (
    app_id       BIGINT      NOT NULL REFERENCES app (id) ON DELETE CASCADE,
    position     SMALLINT    NOT NULL,
    file_id      BIGINT      NOT NULL,
    PRIMARY KEY (app_id, position)
);
