-- One-time copy: the review decisions that earlier releases told owners as posts in their personal space (a message
-- key with the title, the reason and a link to the resource) become notifications. They count as read: their
-- owners saw them in the space. The space's own migration V122 then takes those posts out of the spaces.
INSERT INTO notification (person_id, kind, message_key, message_args, target_type, target_id, source, created_at,
                          read_at)
SELECT s.owner_id, 'REVIEW_DECIDED', 'notification.review.' || substring(p.message_key FROM 17),
       ARRAY[coalesce(p.message_args[1], ''), coalesce(p.message_args[2], '')], 'RESOURCE',
       substring(p.message_args[3] FROM '/resources/([0-9]+)'), 'post:' || p.id, p.created_at, now()
FROM post p JOIN space s ON s.id = p.space_id
WHERE s.kind = 'PERSONAL' AND p.deleted_at IS NULL
  AND p.message_key IN ('resource.notice.PUBLISHED', 'resource.notice.REJECTED', 'resource.notice.RETIRED')
  AND substring(p.message_args[3] FROM '/resources/([0-9]+)') IS NOT NULL;
