-- 0003_panel_state: what the live panels need beyond 0002.
-- A remembered organizer panel is edited through the interaction's webhook, whose path needs the
-- application id as well as the token. Rows written before this migration carry 0 and are never
-- edited (they expire within 15 minutes anyway).
ALTER TABLE organizer_panel ADD COLUMN application_id INTEGER NOT NULL DEFAULT 0 CHECK (application_id >= 0);

-- The Oryx 3 realm score the organizer announced (the incumbent only wrote it into the embed, so
-- the next panel redraw lost it).
ALTER TABLE run ADD COLUMN realm_score INTEGER CHECK (realm_score IS NULL OR realm_score BETWEEN 1 AND 99);
