-- The review notices now live behind the bell (copied by V121): they leave the personal spaces. Deleting is soft,
-- as everywhere in posts: the rows stay for the audit trail and the statistics of earlier months.
UPDATE post p SET deleted_at = now()
FROM space s
WHERE s.id = p.space_id AND s.kind = 'PERSONAL' AND p.deleted_at IS NULL
  AND p.message_key IN ('resource.notice.PUBLISHED', 'resource.notice.REJECTED', 'resource.notice.RETIRED')
  AND substring(p.message_args[3] FROM '/resources/([0-9]+)') IS NOT NULL;
