-- Records a run passed over because this node is their origin (its own records coming back through a loop).
ALTER TABLE harvest_run ADD COLUMN skipped INT NOT NULL DEFAULT 0;
