-- 0001_initial: the incumbent's final data model (console migrations 001–057, 28 tables) in SQLite.
--
-- Conventions (ARCHITECTURE.md "Decisions already taken"):
--   * Discord snowflakes are INTEGER (> 0); SQLite's 64-bit signed integer holds every snowflake
--     Discord will issue for the next ~200 years.
--   * Times are INTEGER Unix milliseconds, UTC, and have no DEFAULT: the application passes the
--     time from its injected clock, so tests control every timestamp.
--   * Points are INTEGER hundredths (1.00 point = 100): sums are exact.
--   * Booleans are INTEGER 0/1 with a CHECK; enums are CHECK lists; JSON is TEXT with json_valid.
--   * Every table is STRICT (types enforced). Small rows keyed by a composite natural key are
--     WITHOUT ROWID: the table *is* its primary-key b-tree, so an insert writes one b-tree fewer
--     (SQLite logs whole 4 KiB pages to the WAL, so each b-tree touched costs a page per commit).
--   * Index policy: keep every index a real query needs and nothing else. Dropped from the
--     incumbent: exact duplicates (idx_key_reaction_key_type ≡ idx_key_reaction_run_type,
--     idx_quota_event_actor ≡ idx_quota_event_guild_user), prefixes of a primary key or of another
--     index (reaction(run_id), key_pop_snapshot(run_id), raider(guild_id), run(guild_id), …), and
--     indexes no query reads (command_log ×5, run(ping_message_id), run(screenshot_url), …).
--     Child-side foreign-key columns are not indexed where the parent row is never deleted.
--   * The eight indexes of the incumbent's migration 045 keep their names and columns.
--
-- No BEGIN/COMMIT here: the migrator applies each file in one transaction and records it.

-- ---------------------------------------------------------------------------------------------
-- Guilds and members
-- ---------------------------------------------------------------------------------------------

CREATE TABLE guild (
    id          INTEGER PRIMARY KEY CHECK (id > 0),
    name        TEXT    NOT NULL DEFAULT 'Unknown',
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE member (
    id          INTEGER PRIMARY KEY CHECK (id > 0),
    username    TEXT,
    created_at  INTEGER NOT NULL
) STRICT;

-- A member's verification record in a guild. IGNs are ASCII ([A-Za-z0-9 _-], 1–16), so NOCASE
-- gives exactly the incumbent's case-insensitive comparison.
CREATE TABLE raider (
    guild_id                  INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    user_id                   INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    nickname                  TEXT,
    status                    TEXT    NOT NULL DEFAULT 'pending'
                              CHECK (status IN ('pending', 'approved', 'rejected', 'banned')),
    verified_at               INTEGER,
    notes                     TEXT,
    created_at                INTEGER NOT NULL,
    ign                       TEXT COLLATE NOCASE CHECK (ign IS NULL OR length(ign) BETWEEN 1 AND 16),
    alt_ign                   TEXT COLLATE NOCASE
                              CHECK (alt_ign IS NULL OR length(alt_ign) BETWEEN 1 AND 16),
    modmail_blacklisted       INTEGER NOT NULL DEFAULT 0 CHECK (modmail_blacklisted IN (0, 1)),
    modmail_blacklist_reason  TEXT,
    modmail_blacklisted_by    INTEGER,
    modmail_blacklisted_at    INTEGER,
    PRIMARY KEY (guild_id, user_id),
    CHECK (alt_ign IS NULL OR ign IS NULL OR alt_ign <> ign)
) STRICT, WITHOUT ROWID;

-- Main IGNs are unique per guild (the incumbent checked this in code only; verify, editname and
-- bulk sync all refuse a taken main IGN). Also serves "who owns IGN x" (case-insensitive).
CREATE UNIQUE INDEX uq_raider_ign ON raider(guild_id, ign) WHERE ign IS NOT NULL;
-- Alt-vs-main/alt conflict checks (addalt, bulk sync, manual verification IGN check).
CREATE INDEX idx_raider_alt_ign ON raider(guild_id, alt_ign) WHERE alt_ign IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Runs
-- ---------------------------------------------------------------------------------------------

-- Roles the bot itself created for runs. The orphan task deletes only these (defect 20), so a
-- human-made "Bob's Friends" role is never touched. The row is written as soon as Discord returns
-- the role (run_id still NULL), so a crash between role creation and run creation leaves a row
-- the orphan task can clean up instead of a leaked role.
CREATE TABLE run_role (
    role_id     INTEGER PRIMARY KEY CHECK (role_id > 0),
    guild_id    INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    run_id      INTEGER REFERENCES run(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    deleted_at  INTEGER
) STRICT;

-- Bot-created roles not yet deleted in Discord: the orphaned-role task's work list.
CREATE INDEX idx_run_role_undeleted ON run_role(guild_id, created_at) WHERE deleted_at IS NULL;

-- A raid run. `status` keeps the incumbent's three values; `end_reason` records what the incumbent
-- lost (a cancel was persisted as plain 'ended', defect 22).
CREATE TABLE run (
    id                  INTEGER PRIMARY KEY,
    guild_id            INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    organizer_id        INTEGER REFERENCES member(id) ON DELETE SET NULL,
    dungeon_key         TEXT    NOT NULL,
    dungeon_label       TEXT    NOT NULL,
    description         TEXT,
    status              TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'live', 'ended')),
    end_reason          TEXT    CHECK (end_reason IN ('ended', 'cancelled', 'auto_ended')),
    channel_id          INTEGER,
    post_message_id     INTEGER,
    created_at          INTEGER NOT NULL,
    started_at          INTEGER,
    ended_at            INTEGER,
    party               TEXT    CHECK (party IS NULL OR length(party) BETWEEN 1 AND 100),
    location            TEXT    CHECK (location IS NULL OR length(location) BETWEEN 1 AND 100),
    key_window_ends_at  INTEGER,
    auto_end_minutes    INTEGER NOT NULL DEFAULT 120 CHECK (auto_end_minutes BETWEEN 1 AND 1440),
    role_id             INTEGER REFERENCES run_role(role_id) ON DELETE SET NULL,
    ping_message_id     INTEGER,
    key_pop_count       INTEGER NOT NULL DEFAULT 0 CHECK (key_pop_count >= 0),
    chain_amount        INTEGER CHECK (chain_amount BETWEEN 1 AND 99),
    screenshot_url      TEXT,
    o3_stage            TEXT    CHECK (o3_stage IN ('closed', 'miniboss', 'third_room')),
    join_locked         INTEGER NOT NULL DEFAULT 0 CHECK (join_locked IN (0, 1)),
    raid_log_thread_id  INTEGER,
    CHECK (ended_at IS NULL OR started_at IS NULL OR ended_at >= started_at),
    CHECK (end_reason IS NULL OR status = 'ended'),
    CHECK (o3_stage IS NULL OR dungeon_key = 'ORYX_3')
) STRICT;

-- 045 #1. Active runs of a guild (`status IN ('open','live')`), the expired-run task, the orphan
-- task. Queries pin it with INDEXED BY: see HotQueries.activeRuns for why.
CREATE INDEX idx_run_guild_status ON run(guild_id, status);
-- 045 #3. The organizer's open/live run (one-activity rule, /taken).
CREATE INDEX idx_run_organizer_guild_status ON run(organizer_id, guild_id, status);
-- A public run message identifies at most one run.
CREATE UNIQUE INDEX uq_run_post_message_id ON run(post_message_id) WHERE post_message_id IS NOT NULL;

-- Run participation: one row per (run, user); the latest state wins. `updated_at` is set by the
-- statements that write the row (from the injected clock) instead of the incumbent's trigger:
-- a trigger would read SQLite's wall clock and cost a second row write per update.
CREATE TABLE reaction (
    run_id      INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    state       TEXT    NOT NULL CHECK (state IN ('join', 'bench', 'leave')),
    class       TEXT,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (run_id, user_id)
) STRICT, WITHOUT ROWID;

-- 045 #2. Join counts, raider lists, snapshot creation, awards (covering: holds user_id too).
CREATE INDEX idx_reaction_run_state ON reaction(run_id, state);

-- Key offers on a run; `source` says whether the key was offered on a headcount and carried over.
CREATE TABLE key_reaction (
    run_id      INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    key_type    TEXT    NOT NULL,
    source      TEXT    NOT NULL DEFAULT 'run' CHECK (source IN ('headcount', 'run')),
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (run_id, user_id, key_type, source)
) STRICT, WITHOUT ROWID;

-- 045 #4. Key counts per key type, key-reaction users, key reactors (covering).
CREATE INDEX idx_key_reaction_run_type ON key_reaction(run_id, key_type);

-- The raiders joined at key pop n of a run; awarded when pop n+1 happens or the run ends.
CREATE TABLE key_pop_snapshot (
    run_id              INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    key_pop_number      INTEGER NOT NULL CHECK (key_pop_number > 0),
    user_id             INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    class               TEXT,
    snapshot_time       INTEGER NOT NULL,
    awarded_completion  INTEGER NOT NULL DEFAULT 0 CHECK (awarded_completion IN (0, 1)),
    awarded_at          INTEGER,
    PRIMARY KEY (run_id, key_pop_number, user_id),
    CHECK ((awarded_completion = 1) = (awarded_at IS NOT NULL))
) STRICT, WITHOUT ROWID;

-- 045 #6. The award step reads and marks the not-yet-awarded rows of one snapshot. Partial on
-- `awarded_completion = 0`: it holds only the snapshots still waiting for their award (the last
-- pop of each live run), so it stays a few pages instead of a copy of the table, and the award
-- query (which says `awarded_completion = 0` literally) is served from it.
CREATE INDEX idx_key_pop_snapshot_run_keypop ON key_pop_snapshot(run_id, key_pop_number)
    WHERE awarded_completion = 0;

-- Lifetime keys popped per member and dungeon (the application always writes key_type 'key').
CREATE TABLE key_pop (
    guild_id        INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    dungeon_key     TEXT    NOT NULL,
    key_type        TEXT    NOT NULL DEFAULT 'key',
    count           INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
    last_popped_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, dungeon_key, key_type)
) STRICT, WITHOUT ROWID;

-- The keys_popped leaderboard filtered by dungeon.
CREATE INDEX idx_key_pop_guild_dungeon ON key_pop(guild_id, dungeon_key);

-- Who has already been told a run's party/location (key reactors are DMed once per change);
-- the incumbent kept this in memory and re-sent after a restart.
CREATE TABLE key_reactor_notice (
    run_id      INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    party       TEXT    NOT NULL,
    location    TEXT    NOT NULL,
    sent_at     INTEGER NOT NULL,
    PRIMARY KEY (run_id, user_id)
) STRICT, WITHOUT ROWID;

-- ---------------------------------------------------------------------------------------------
-- Quota and points
-- ---------------------------------------------------------------------------------------------

-- The append-only ledger of both currencies (raider `points`, staff `quota_points`), hundredths.
-- action_type/subject_id follow the incumbent's conventions (console-features §5.2).
CREATE TABLE quota_event (
    id              INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    actor_user_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    action_type     TEXT    NOT NULL CHECK (action_type IN ('run_completed', 'verify_member')),
    subject_id      TEXT,
    dungeon_key     TEXT,
    points          INTEGER NOT NULL DEFAULT 100,
    quota_points    INTEGER NOT NULL DEFAULT 0,
    quota_role_id   INTEGER,
    created_at      INTEGER NOT NULL
) STRICT;

-- Awards are idempotent: a run/snapshot/user is credited once (INSERT … ON CONFLICT DO NOTHING).
CREATE UNIQUE INDEX idx_quota_event_run_idempotency ON quota_event(guild_id, subject_id)
    WHERE action_type = 'run_completed' AND subject_id IS NOT NULL;
-- 045 #5. A member's totals: /stats, the current-total clamps of log-run, log-key and adjust.
CREATE INDEX idx_quota_event_guild_user ON quota_event(guild_id, actor_user_id);
-- Per-role quota panels: a role's members' quota points inside the current period.
CREATE INDEX idx_quota_event_quota_role ON quota_event(guild_id, quota_role_id, actor_user_id, created_at)
    WHERE quota_role_id IS NOT NULL;
-- Leaderboards over a period (replaces the incumbent's created_at index): covering for the
-- points and quota_points categories, so a 30-day top 25 never reads the table.
CREATE INDEX idx_quota_event_guild_created ON quota_event(guild_id, created_at, actor_user_id, points, quota_points);

-- Per Discord role quota settings. All point columns are hundredths, >= 0.
CREATE TABLE quota_role_config (
    guild_id               INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    discord_role_id        INTEGER NOT NULL CHECK (discord_role_id > 0),
    required_points        INTEGER NOT NULL DEFAULT 0   CHECK (required_points >= 0),
    period_start_at        INTEGER NOT NULL,
    reset_at               INTEGER NOT NULL,
    panel_message_id       INTEGER,
    moderation_points      INTEGER NOT NULL DEFAULT 0   CHECK (moderation_points >= 0),
    base_exalt_points      INTEGER NOT NULL DEFAULT 100 CHECK (base_exalt_points >= 0),
    base_non_exalt_points  INTEGER NOT NULL DEFAULT 100 CHECK (base_non_exalt_points >= 0),
    verify_points          INTEGER NOT NULL DEFAULT 0   CHECK (verify_points >= 0),
    warn_points            INTEGER NOT NULL DEFAULT 0   CHECK (warn_points >= 0),
    suspend_points         INTEGER NOT NULL DEFAULT 0   CHECK (suspend_points >= 0),
    modmail_reply_points   INTEGER NOT NULL DEFAULT 0   CHECK (modmail_reply_points >= 0),
    editname_points        INTEGER NOT NULL DEFAULT 0   CHECK (editname_points >= 0),
    addnote_points         INTEGER NOT NULL DEFAULT 0   CHECK (addnote_points >= 0),
    updated_at             INTEGER NOT NULL,
    PRIMARY KEY (guild_id, discord_role_id)
) STRICT;

CREATE TABLE quota_dungeon_override (
    guild_id         INTEGER NOT NULL,
    discord_role_id  INTEGER NOT NULL,
    dungeon_key      TEXT    NOT NULL,
    points           INTEGER NOT NULL DEFAULT 100 CHECK (points >= 0),
    updated_at       INTEGER NOT NULL,
    PRIMARY KEY (guild_id, discord_role_id, dungeon_key),
    FOREIGN KEY (guild_id, discord_role_id)
        REFERENCES quota_role_config(guild_id, discord_role_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- Raider completion points per dungeon; no row means the default (1.00).
CREATE TABLE raider_points_config (
    guild_id     INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    dungeon_key  TEXT    NOT NULL,
    points       INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (guild_id, dungeon_key)
) STRICT, WITHOUT ROWID;

-- Key-pop points per dungeon; no row means the default (5.00).
CREATE TABLE key_pop_points_config (
    guild_id     INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    dungeon_key  TEXT    NOT NULL,
    points       INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (guild_id, dungeon_key)
) STRICT, WITHOUT ROWID;

-- ---------------------------------------------------------------------------------------------
-- Moderation
-- ---------------------------------------------------------------------------------------------

-- Warnings, suspensions and mutes. A row is never deleted; removal or expiry sets active = 0.
-- Expiry belongs to the expired-punishments task (idx_punishment_expires finds its work); reads
-- do not sweep first as the incumbent did, they filter `expires_at > now` themselves.
CREATE TABLE punishment (
    id              TEXT    NOT NULL PRIMARY KEY
                    CHECK (length(id) = 24 AND id NOT GLOB '*[^0-9a-f]*'),
    guild_id        INTEGER NOT NULL,
    user_id         INTEGER NOT NULL,
    moderator_id    INTEGER NOT NULL,
    type            TEXT    NOT NULL CHECK (type IN ('warn', 'suspend', 'mute')),
    reason          TEXT    NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    expires_at      INTEGER,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      INTEGER NOT NULL,
    removed_at      INTEGER,
    removed_by      INTEGER,
    removal_reason  TEXT,
    CHECK ((type = 'warn') = (expires_at IS NULL)),
    CHECK (active = 1 OR removed_at IS NOT NULL)
) STRICT;

-- 045 #7. A member's active punishments (extension, unsuspend/unmute, /find active_only, the
-- suspended-members-cannot-join check). Partial: queries must say `active = 1` literally.
CREATE INDEX idx_punishment_active ON punishment(guild_id, user_id, expires_at) WHERE active = 1;
-- All punishments of a member, newest first (/find).
CREATE INDEX idx_punishment_guild_user ON punishment(guild_id, user_id, created_at);
-- The expiry task: active suspensions/mutes whose time is up.
CREATE INDEX idx_punishment_expires ON punishment(expires_at) WHERE expires_at IS NOT NULL AND active = 1;

CREATE TABLE note (
    id            TEXT    NOT NULL PRIMARY KEY CHECK (length(id) = 24 AND id NOT GLOB '*[^0-9a-f]*'),
    guild_id      INTEGER NOT NULL,
    user_id       INTEGER NOT NULL,
    moderator_id  INTEGER NOT NULL,
    note_text     TEXT    NOT NULL CHECK (length(note_text) BETWEEN 1 AND 1000),
    created_at    INTEGER NOT NULL
) STRICT;

-- A member's notes, newest first (/find).
CREATE INDEX idx_note_guild_user ON note(guild_id, user_id, created_at);

-- Write-only trail of configuration, moderation and verification actions (actor NULL = system).
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER REFERENCES guild(id) ON DELETE SET NULL,
    actor_id    INTEGER REFERENCES member(id) ON DELETE SET NULL,
    action      TEXT    NOT NULL,
    subject     TEXT,
    meta        TEXT    CHECK (meta IS NULL OR json_valid(meta)),
    created_at  INTEGER NOT NULL
) STRICT;

-- ---------------------------------------------------------------------------------------------
-- Configuration: role and channel mappings, dungeon ping roles
-- ---------------------------------------------------------------------------------------------

CREATE TABLE role_catalog (
    role_key     TEXT PRIMARY KEY,
    label        TEXT NOT NULL,
    description  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO role_catalog (role_key, label, description) VALUES
    ('administrator',   'Administrator',   'Full admin for bot actions'),
    ('moderator',       'Moderator',       'Moderation actions'),
    ('head_organizer',  'Head Organizer',  'Leads raid organization'),
    ('officer',         'Officer',         'Senior staff'),
    ('security',        'Security',        'Verification and security checks'),
    ('organizer',       'Organizer',       'Runs and manages raids'),
    ('team',            'Team',            'Auto-assigned to members with staff roles'),
    ('verified_raider', 'Verified Raider', 'Granted on verification'),
    ('suspended',       'Suspended',       'Given by /suspend'),
    ('muted',           'Muted',           'Given by /mute');

CREATE TABLE guild_role (
    guild_id         INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    role_key         TEXT    NOT NULL REFERENCES role_catalog(role_key) ON DELETE CASCADE,
    discord_role_id  INTEGER NOT NULL CHECK (discord_role_id > 0),
    updated_at       INTEGER NOT NULL,
    PRIMARY KEY (guild_id, role_key)
) STRICT, WITHOUT ROWID;

CREATE TABLE channel_catalog (
    channel_key  TEXT PRIMARY KEY,
    label        TEXT NOT NULL,
    description  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO channel_catalog (channel_key, label, description) VALUES
    ('raid',                'Raid',                'Run and headcount panels are posted here'),
    ('veri_log',            'Verification Log',    'Verification log threads and embeds'),
    ('manual_verification', 'Manual Verification', 'Manual screenshot verification tickets'),
    ('getverified',         'Get Verified',        'Default channel for the verification panel'),
    ('punishment_log',      'Punishment Log',      'Punishment, removal and expiry embeds'),
    ('raid_log',            'Raid Log',            'Per-run, per-headcount and per-party log threads'),
    ('quota',               'Quota',               'Quota leaderboard panels'),
    ('bot_log',             'Bot Log',             'Command, configuration, quota and verification activity'),
    ('staff_updates',       'Staff Updates',       'Promotion announcements from /addrole'),
    ('modmail',             'Modmail',             'Modmail tickets'),
    ('role_ping',           'Role Ping',           'The dungeon role-ping panel'),
    ('party_finder',        'Party Finder',        '/party posts'),
    ('early_loc',           'Early Location',      'Staff copy of party and location updates');

CREATE TABLE guild_channel (
    guild_id            INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    channel_key         TEXT    NOT NULL REFERENCES channel_catalog(channel_key) ON DELETE CASCADE,
    discord_channel_id  INTEGER NOT NULL CHECK (discord_channel_id > 0),
    panel_message_id    INTEGER,
    updated_at          INTEGER NOT NULL,
    PRIMARY KEY (guild_id, channel_key)
) STRICT, WITHOUT ROWID;

CREATE TABLE dungeon_role_ping (
    guild_id         INTEGER NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    dungeon_key      TEXT    NOT NULL,
    discord_role_id  INTEGER NOT NULL CHECK (discord_role_id > 0),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    PRIMARY KEY (guild_id, dungeon_key)
) STRICT, WITHOUT ROWID;

-- ---------------------------------------------------------------------------------------------
-- Verification
-- ---------------------------------------------------------------------------------------------

-- One verification session per (guild, user). Pending sessions expire after 1 h, pending_review
-- after 7 days (both set by the application).
CREATE TABLE verification_session (
    guild_id             INTEGER NOT NULL,
    user_id              INTEGER NOT NULL,
    rotmg_ign            TEXT    CHECK (rotmg_ign IS NULL OR length(rotmg_ign) BETWEEN 1 AND 16),
    verification_code    TEXT,
    status               TEXT    NOT NULL DEFAULT 'pending_ign'
                         CHECK (status IN ('pending_ign', 'pending_realmeye', 'pending_screenshot',
                                           'pending_review', 'verified', 'cancelled', 'denied', 'expired')),
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    expires_at           INTEGER NOT NULL,
    verification_method  TEXT    NOT NULL DEFAULT 'realmeye' CHECK (verification_method IN ('realmeye', 'manual')),
    screenshot_url       TEXT,
    ticket_message_id    INTEGER,
    reviewed_by_user_id  INTEGER,
    reviewed_at          INTEGER,
    denial_reason        TEXT,
    PRIMARY KEY (guild_id, user_id)
) STRICT;

-- 045 #8. A member's session in a guild filtered by status (the "is a session in progress" and
-- review lookups); the primary key serves the plain (guild, user) fetch.
CREATE INDEX idx_verification_session_guild_user_status ON verification_session(guild_id, user_id, status);
-- The DM flows know only the user: their newest in-progress session (the incumbent had no index
-- leading with user_id and relied on a skip-scan that degrades with every guild).
CREATE INDEX idx_verification_session_user ON verification_session(user_id, created_at);
-- The expiry task: sessions that can still expire (pending_review is exempt).
CREATE INDEX idx_verification_session_expiring ON verification_session(expires_at)
    WHERE status IN ('pending_ign', 'pending_realmeye', 'pending_screenshot');

CREATE TABLE guild_verification_config (
    guild_id                          INTEGER PRIMARY KEY REFERENCES guild(id) ON DELETE CASCADE,
    manual_verify_instructions        TEXT,
    panel_custom_message              TEXT,
    panel_custom_message_image        TEXT,
    manual_verify_instructions_image  TEXT,
    realmeye_instructions_image       TEXT,
    updated_at                        INTEGER NOT NULL
) STRICT;

-- A custom role that members verify for with a screenshot (/createrole).
CREATE TABLE custom_role_verification (
    id                       INTEGER PRIMARY KEY,
    guild_id                 INTEGER NOT NULL,
    role_id                  INTEGER NOT NULL CHECK (role_id > 0),
    role_channel_id          INTEGER NOT NULL,
    verification_channel_id  INTEGER NOT NULL,
    instructions             TEXT    NOT NULL CHECK (length(instructions) BETWEEN 1 AND 2000),
    role_description         TEXT    CHECK (role_description IS NULL OR length(role_description) <= 500),
    example_image_url        TEXT,
    panel_message_id         INTEGER,
    created_by_user_id       INTEGER NOT NULL,
    created_at               INTEGER NOT NULL,
    UNIQUE (guild_id, role_id)
) STRICT;

CREATE TABLE custom_role_verification_session (
    id                    INTEGER PRIMARY KEY,
    guild_id              INTEGER NOT NULL,
    user_id               INTEGER NOT NULL,
    role_verification_id  INTEGER NOT NULL REFERENCES custom_role_verification(id) ON DELETE CASCADE,
    screenshot_url        TEXT,
    ticket_message_id     INTEGER,
    status                TEXT    NOT NULL DEFAULT 'pending_screenshot'
                          CHECK (status IN ('pending_screenshot', 'pending_review', 'approved',
                                            'denied', 'cancelled', 'expired')),
    reviewed_by_user_id   INTEGER,
    reviewed_at           INTEGER,
    denial_reason         TEXT,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    expires_at            INTEGER NOT NULL,
    UNIQUE (guild_id, user_id, role_verification_id)
) STRICT;

-- The DM flow's newest active session of a user.
CREATE INDEX idx_custom_role_session_user ON custom_role_verification_session(user_id, created_at);
-- The expiry task (the incumbent never expired these, defect 26).
CREATE INDEX idx_custom_role_session_expiring ON custom_role_verification_session(expires_at)
    WHERE status IN ('pending_screenshot', 'pending_review');

-- ---------------------------------------------------------------------------------------------
-- Modmail
-- ---------------------------------------------------------------------------------------------

CREATE TABLE modmail_ticket (
    ticket_id   TEXT    NOT NULL PRIMARY KEY CHECK (ticket_id GLOB 'MM-[A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9]'),
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    thread_id   INTEGER,
    message_id  INTEGER,
    created_at  INTEGER NOT NULL,
    closed_at   INTEGER,
    closed_by   INTEGER,
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))
) STRICT;

-- At most one open ticket per member and guild (the incumbent's EXISTING_TICKET rule), and the
-- lookup that enforces it.
CREATE UNIQUE INDEX uq_modmail_ticket_open ON modmail_ticket(guild_id, user_id) WHERE status = 'open';
-- /modmailreply runs inside a ticket's thread and finds the ticket by it.
CREATE UNIQUE INDEX uq_modmail_ticket_thread ON modmail_ticket(thread_id) WHERE thread_id IS NOT NULL;
-- Tickets of a guild by status, newest first.
CREATE INDEX idx_modmail_ticket_guild_status ON modmail_ticket(guild_id, status, created_at);

CREATE TABLE modmail_message (
    message_id      INTEGER PRIMARY KEY,
    ticket_id       TEXT    NOT NULL REFERENCES modmail_ticket(ticket_id) ON DELETE CASCADE,
    author_id       INTEGER NOT NULL,
    content         TEXT    NOT NULL,
    attachments     TEXT    NOT NULL DEFAULT '[]'
                    CHECK (json_valid(attachments) AND json_type(attachments) = 'array'),
    sent_at         INTEGER NOT NULL,
    is_staff_reply  INTEGER NOT NULL DEFAULT 0 CHECK (is_staff_reply IN (0, 1))
) STRICT;

CREATE INDEX idx_modmail_message_ticket ON modmail_message(ticket_id, sent_at);

-- ---------------------------------------------------------------------------------------------
-- Command log (write-only: no reader, so no index; rows are pruned by id range)
-- ---------------------------------------------------------------------------------------------

CREATE TABLE command_log (
    id            INTEGER PRIMARY KEY,
    guild_id      INTEGER,
    channel_id    INTEGER,
    user_id       INTEGER NOT NULL,
    command_name  TEXT    NOT NULL,
    subcommand    TEXT,
    options       TEXT    CHECK (options IS NULL OR json_valid(options)),
    success       INTEGER NOT NULL DEFAULT 1 CHECK (success IN (0, 1)),
    error_code    TEXT,
    latency_ms    INTEGER CHECK (latency_ms IS NULL OR latency_ms >= 0),
    created_at    INTEGER NOT NULL
) STRICT;
