-- A child's consent to an app, given by a guardian in their own account (under 14 a student cannot consent): one
-- row per app and child, holding what the app asked for, what a guardian granted (empty: refused or not yet) and
-- whether an answer is awaited.
CREATE TABLE guardian_consent
(
  registered_client_id VARCHAR(100) NOT NULL,
  student_id           BIGINT       NOT NULL,
  asked_scopes         VARCHAR(1000) NOT NULL,
  granted_scopes       VARCHAR(1000) NOT NULL DEFAULT '',
  status               VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'GRANTED', 'REFUSED')),
  asked_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
  decided_at           TIMESTAMPTZ,
  decided_by           BIGINT,
  PRIMARY KEY (registered_client_id, student_id)
);
CREATE INDEX guardian_consent_student ON guardian_consent (student_id);

-- What an app has been given of a person: the scopes released in its tokens, since its first token.
CREATE TABLE app_release
(
  registered_client_id VARCHAR(100)  NOT NULL,
  person_id            BIGINT        NOT NULL,
  scopes               VARCHAR(1000) NOT NULL,
  first_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
  last_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, registered_client_id)
);

-- The use of apps per day, for administrators' figures: who (an app's pseudonymous id of the person, never the
-- person) signed in how often, and where the person belongs. Days are China's calendar days.
CREATE TABLE app_use
(
  day                  DATE         NOT NULL,
  registered_client_id VARCHAR(100) NOT NULL,
  person_hash          VARCHAR(64)  NOT NULL,
  region_path          VARCHAR(200),
  school_id            BIGINT,
  sign_ins             INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (day, registered_client_id, person_hash)
);
CREATE INDEX app_use_region ON app_use (region_path text_pattern_ops, day);
CREATE INDEX app_use_school ON app_use (school_id, day);
