-- A tool an app provider describes as the LTI 1.3 side of one of its apps: it opens in a class only where that app
-- is approved, not opted out of, not hidden by the school and not suspended. Tools the platform administrator
-- registered belong to no app and open everywhere.
ALTER TABLE lti_tool ADD COLUMN app_id BIGINT UNIQUE REFERENCES app (id);
