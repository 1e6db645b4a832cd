-- 0002_restart_state: what the incumbent kept in memory and lost on every restart (PRODUCT.md,
-- defects 18–20), plus the bot's own process state (gateway resume, command registration).
-- Same conventions as 0001 (STRICT, INTEGER snowflakes and Unix-ms times from the injected
-- clock, 0/1 booleans, CHECK enums). Run raid-log thread ids are the column run.raid_log_thread_id
-- (0001); headcounts and parties carry their own below. Bot-created run roles are run_role (0001).

-- ---------------------------------------------------------------------------------------------
-- Headcounts
-- ---------------------------------------------------------------------------------------------

-- A /headcount panel: gauges interest in 1–5 dungeons before a run, then ends or becomes a run.
CREATE TABLE headcount (
    id                  INTEGER PRIMARY KEY,
    guild_id            INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    organizer_id        INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    channel_id          INTEGER NOT NULL,
    message_id          INTEGER,
    status              TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended', 'converted')),
    converted_run_id    INTEGER REFERENCES run(id) ON DELETE SET NULL,
    raid_log_thread_id  INTEGER,
    created_at          INTEGER NOT NULL,
    ended_at            INTEGER,
    CHECK ((status = 'active') = (ended_at IS NULL)),
    CHECK (converted_run_id IS NULL OR status = 'converted')
) STRICT;

-- One active headcount per organizer (the one-activity rule's headcount half), and its lookup.
CREATE UNIQUE INDEX uq_headcount_active_organizer ON headcount(guild_id, organizer_id) WHERE status = 'active';
-- A public panel message identifies at most one headcount.
CREATE UNIQUE INDEX uq_headcount_message ON headcount(message_id) WHERE message_id IS NOT NULL;

-- The dungeons of a headcount, in the order they were picked.
CREATE TABLE headcount_dungeon (
    headcount_id  INTEGER NOT NULL REFERENCES headcount(id) ON DELETE CASCADE,
    dungeon_key   TEXT    NOT NULL,
    position      INTEGER NOT NULL CHECK (position BETWEEN 1 AND 5),
    PRIMARY KEY (headcount_id, dungeon_key),
    UNIQUE (headcount_id, position)
) STRICT, WITHOUT ROWID;

-- Members who pressed Join on a headcount (toggle: pressing again deletes the row).
CREATE TABLE headcount_participant (
    headcount_id  INTEGER NOT NULL REFERENCES headcount(id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL,
    joined_at     INTEGER NOT NULL,
    PRIMARY KEY (headcount_id, user_id)
) STRICT, WITHOUT ROWID;

-- Keys offered on a headcount, per dungeon and key type; carried into the run on conversion
-- (as key_reaction rows with source 'headcount').
CREATE TABLE headcount_key (
    headcount_id  INTEGER NOT NULL,
    dungeon_key   TEXT    NOT NULL,
    key_type      TEXT    NOT NULL,
    user_id       INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (headcount_id, dungeon_key, key_type, user_id),
    FOREIGN KEY (headcount_id, dungeon_key)
        REFERENCES headcount_dungeon(headcount_id, dungeon_key) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- ---------------------------------------------------------------------------------------------
-- Parties (/party)
-- ---------------------------------------------------------------------------------------------

-- A party-finder post. Lives 2 h (extendable by 1 h), warns at 10 and 5 minutes before it closes.
CREATE TABLE party (
    id                  INTEGER PRIMARY KEY,
    guild_id            INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    owner_id            INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    name                TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description         TEXT    NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    location            TEXT    CHECK (location IS NULL OR length(location) BETWEEN 1 AND 100),
    channel_id          INTEGER NOT NULL,
    message_id          INTEGER,
    thread_id           INTEGER,
    raid_log_thread_id  INTEGER,
    status              TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at          INTEGER NOT NULL,
    expires_at          INTEGER NOT NULL,
    warnings_sent       INTEGER NOT NULL DEFAULT 0 CHECK (warnings_sent BETWEEN 0 AND 2),
    closed_at           INTEGER,
    close_reason        TEXT    CHECK (close_reason IN ('owner', 'moderator', 'expired')),
    CHECK (expires_at > created_at),
    CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
    CHECK ((status = 'closed') = (close_reason IS NOT NULL))
) STRICT;

-- One open party per member, and its lookup.
CREATE UNIQUE INDEX uq_party_open_owner ON party(guild_id, owner_id) WHERE status = 'open';
-- The creation limit (3 per rolling 30 minutes per member) counts recent parties of a member.
CREATE INDEX idx_party_owner_created ON party(guild_id, owner_id, created_at);
-- The party timer after a restart: open parties by when they warn or close next.
CREATE INDEX idx_party_open_expires ON party(expires_at) WHERE status = 'open';

CREATE TABLE party_dungeon (
    party_id     INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    dungeon_key  TEXT    NOT NULL,
    position     INTEGER NOT NULL CHECK (position BETWEEN 1 AND 5),
    PRIMARY KEY (party_id, dungeon_key),
    UNIQUE (party_id, position)
) STRICT, WITHOUT ROWID;

-- ---------------------------------------------------------------------------------------------
-- Organizer panels
-- ---------------------------------------------------------------------------------------------

-- An open ephemeral organizer panel (of a run or a headcount) that the bot refreshes when the
-- run changes. Ephemeral messages can only be edited through the interaction's webhook, so the
-- row keeps the interaction token (valid 15 minutes; never logged) and the message id (NULL for
-- the original response). One panel per user and run/headcount: reopening replaces it.
CREATE TABLE organizer_panel (
    id                 INTEGER PRIMARY KEY,
    run_id             INTEGER REFERENCES run(id) ON DELETE CASCADE,
    headcount_id       INTEGER REFERENCES headcount(id) ON DELETE CASCADE,
    user_id            INTEGER NOT NULL,
    interaction_token  TEXT    NOT NULL CHECK (length(interaction_token) > 0),
    message_id         INTEGER,
    created_at         INTEGER NOT NULL,
    expires_at         INTEGER NOT NULL,
    CHECK ((run_id IS NULL) <> (headcount_id IS NULL)),
    CHECK (expires_at > created_at)
) STRICT;

-- The panels to refresh after a change to a run / a headcount.
CREATE UNIQUE INDEX uq_organizer_panel_run_user ON organizer_panel(run_id, user_id) WHERE run_id IS NOT NULL;
CREATE UNIQUE INDEX uq_organizer_panel_headcount_user ON organizer_panel(headcount_id, user_id)
    WHERE headcount_id IS NOT NULL;
-- Sweeping panels whose token has expired.
CREATE INDEX idx_organizer_panel_expires ON organizer_panel(expires_at);

-- ---------------------------------------------------------------------------------------------
-- Post-run key logging
-- ---------------------------------------------------------------------------------------------

-- The key-logging panel shown after a run ends: how many keys are still to be credited.
CREATE TABLE key_logging_session (
    run_id          INTEGER PRIMARY KEY REFERENCES run(id) ON DELETE CASCADE,
    opened_by       INTEGER NOT NULL,
    total_keys      INTEGER NOT NULL CHECK (total_keys BETWEEN 1 AND 99),
    remaining_keys  INTEGER NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed', 'cancelled')),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    CHECK (remaining_keys BETWEEN 0 AND total_keys)
) STRICT;

-- The panel's log lines ("<user>: n keys (+x.xx pts)"), in order.
CREATE TABLE key_logging_entry (
    run_id          INTEGER NOT NULL REFERENCES key_logging_session(run_id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL CHECK (seq > 0),
    user_id         INTEGER NOT NULL,
    key_count       INTEGER NOT NULL CHECK (key_count BETWEEN 1 AND 99),
    points_awarded  INTEGER NOT NULL,
    logged_by       INTEGER NOT NULL,
    logged_at       INTEGER NOT NULL,
    PRIMARY KEY (run_id, seq)
) STRICT, WITHOUT ROWID;

-- ---------------------------------------------------------------------------------------------
-- Modmail drafts
-- ---------------------------------------------------------------------------------------------

-- A /modmail conversation in DMs before the ticket exists: pick a guild, write the message,
-- confirm. One per user; each step's collector window is `expires_at`.
CREATE TABLE modmail_draft (
    user_id             INTEGER PRIMARY KEY CHECK (user_id > 0),
    guild_id            INTEGER,
    stage               TEXT    NOT NULL CHECK (stage IN ('choosing_guild', 'awaiting_message', 'confirming')),
    content             TEXT    CHECK (content IS NULL OR length(content) <= 2000),
    attachments         TEXT    NOT NULL DEFAULT '[]'
                        CHECK (json_valid(attachments) AND json_type(attachments) = 'array'),
    dm_channel_id       INTEGER,
    preview_message_id  INTEGER,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    expires_at          INTEGER NOT NULL,
    CHECK (stage = 'choosing_guild' OR guild_id IS NOT NULL),
    CHECK (stage <> 'confirming' OR content IS NOT NULL OR attachments <> '[]')
) STRICT;

-- Sweeping abandoned drafts.
CREATE INDEX idx_modmail_draft_expires ON modmail_draft(expires_at);

-- ---------------------------------------------------------------------------------------------
-- Process state
-- ---------------------------------------------------------------------------------------------

-- The gateway session to resume after a restart (one row). Written on READY, on shutdown and
-- periodically, not on every dispatch; a stale sequence only means Discord replays a few events.
CREATE TABLE gateway_session (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    session_id          TEXT    NOT NULL CHECK (length(session_id) > 0),
    sequence            INTEGER CHECK (sequence IS NULL OR sequence >= 0),
    resume_gateway_url  TEXT    NOT NULL CHECK (resume_gateway_url LIKE 'ws%://%'),
    updated_at          INTEGER NOT NULL
) STRICT;

-- The slash-command catalog last registered with Discord, per application and guild: start-up
-- registers again only when the catalog's hash changed.
CREATE TABLE command_registration (
    application_id  INTEGER NOT NULL CHECK (application_id > 0),
    guild_id        INTEGER NOT NULL CHECK (guild_id > 0),
    catalog_hash    TEXT    NOT NULL CHECK (length(catalog_hash) > 0),
    registered_at   INTEGER NOT NULL,
    PRIMARY KEY (application_id, guild_id)
) STRICT, WITHOUT ROWID;
