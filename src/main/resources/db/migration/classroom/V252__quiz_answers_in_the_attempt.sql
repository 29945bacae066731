-- An attempt's answers move into the attempt's own row, so that marking a quiz writes one row per student instead
-- of one per answer. Sparse things are jsonb objects keyed by position ("3": the response's parts; "4": the
-- teacher's comment); the marks, written for every position at each marking, are arrays indexed by position (from 1),
-- NULL where a position has no points yet.
ALTER TABLE quiz_attempt
    ADD COLUMN responses jsonb          NOT NULL DEFAULT '{}',
    ADD COLUMN points    NUMERIC(6,1)[],
    ADD COLUMN correct   BOOLEAN[],
    ADD COLUMN comments  jsonb          NOT NULL DEFAULT '{}';

-- The responses as given; a row the teacher's mark made for an empty answer (no response, points but no truth) is
-- not a response.
UPDATE quiz_attempt t SET responses = a.responses
FROM (SELECT attempt_id, jsonb_object_agg(position::text, to_jsonb(response)) AS responses
      FROM quiz_answer WHERE NOT (response = '{}' AND correct IS NULL AND points IS NOT NULL)
      GROUP BY attempt_id) a
WHERE t.id = a.attempt_id;

UPDATE quiz_attempt t SET comments = a.comments
FROM (SELECT attempt_id, jsonb_object_agg(position::text, comment) AS comments
      FROM quiz_answer WHERE comment IS NOT NULL GROUP BY attempt_id) a
WHERE t.id = a.attempt_id;

-- The marks of handed-in attempts, over every position of their quiz.
UPDATE quiz_attempt t
SET points  = ARRAY(SELECT a.points FROM quiz_entry e LEFT JOIN quiz_answer a ON a.attempt_id = t.id
                    AND a.position = e.position WHERE e.quiz_id = t.quiz_id ORDER BY e.position),
    correct = ARRAY(SELECT a.correct FROM quiz_entry e LEFT JOIN quiz_answer a ON a.attempt_id = t.id
                    AND a.position = e.position WHERE e.quiz_id = t.quiz_id ORDER BY e.position)
WHERE t.handed_in_at IS NOT NULL;

DROP TABLE quiz_answer;
