-- An invitation to an existing account to become a student's guardian. Linking by phone never reaches an account
-- by itself: the guardianship is made only when the invited person accepts in their own account.
CREATE TABLE guardian_invitation (
    id         BIGSERIAL PRIMARY KEY,
    student_id BIGINT      NOT NULL REFERENCES person (id),
    invitee_id BIGINT      NOT NULL REFERENCES person (id),
    relation   VARCHAR(16) NOT NULL,
    invited_by BIGINT      NOT NULL REFERENCES person (id),
    status     VARCHAR(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','ACCEPTED','DECLINED')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX guardian_invitation_pending ON guardian_invitation (student_id, invitee_id)
    WHERE status = 'PENDING';
CREATE INDEX guardian_invitation_invitee ON guardian_invitation (invitee_id) WHERE status = 'PENDING';
