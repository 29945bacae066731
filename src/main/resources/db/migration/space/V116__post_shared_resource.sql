-- A post that shares a resource names it, so that readers who may not read the resource do not see the share.
ALTER TABLE post ADD COLUMN shared_resource_id BIGINT;

-- Shares made before: their text ends in the resource's link.
UPDATE post SET shared_resource_id = (regexp_match(body, '/resources/([0-9]+)$'))[1]::bigint
WHERE message_key IS NULL AND body ~ '/resources/[0-9]+$';
