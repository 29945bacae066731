-- Post images are kept by storage like every other file: a row names its stored file. The bytes stay only until
-- the startup carry-over has moved them; a later migration drops the column.
ALTER TABLE post_image ADD COLUMN file_id BIGINT;
ALTER TABLE post_image ALTER COLUMN bytes DROP NOT NULL;
CREATE INDEX post_image_unmoved ON post_image (id) WHERE file_id IS NULL;
