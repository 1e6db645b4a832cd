-- 0003_organizer_panel_application: a remembered organizer panel is edited through the
-- interaction's webhook, whose path needs the application id as well as the token. Rows written
-- before this migration carry 0 and are never edited (they expire within 15 minutes anyway).
ALTER TABLE organizer_panel ADD COLUMN application_id INTEGER NOT NULL DEFAULT 0 CHECK (application_id >= 0);
