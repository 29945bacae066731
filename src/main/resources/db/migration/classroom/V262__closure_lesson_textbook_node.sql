-- The node of the textbook tree a period of the online schedule teaches (第三单元 第2课): students are led to the
-- library's resources placed there. Null when the teacher points at none; periods set before keep null.
ALTER TABLE closure_lesson ADD COLUMN textbook_node_id BIGINT;
