-- What region publishes for the modules allowed to depend on it to read in their SQL.
CREATE VIEW region_v_region AS
    SELECT code, name, level, parent_code, path, retired_at FROM region;
