-- The incumbent's final PostgreSQL schema (after its migrations 001–057), written for raidbot's
-- import tests from the facts in console-features §4 (types, defaults, CHECKs, keys, the indexes
-- that matter). Not the incumbent's own files: enough to seed and import the same shapes.

CREATE TABLE guild (
    id BIGINT PRIMARY KEY CHECK (id::text ~ '^[0-9]{15,22}$'),
    name TEXT NOT NULL,
    created_at TIMESTAMPTZ DEFAULT now()
);

CREATE TABLE member (
    id BIGINT PRIMARY KEY CHECK (id::text ~ '^[0-9]{15,22}$'),
    username TEXT,
    created_at TIMESTAMPTZ DEFAULT now()
);

CREATE TABLE raider (
    guild_id BIGINT NOT NULL REFERENCES guild(id) ON DELETE CASCADE CHECK (guild_id::text ~ '^[0-9]{15,22}$'),
    user_id BIGINT NOT NULL REFERENCES member(id) ON DELETE CASCADE CHECK (user_id::text ~ '^[0-9]{15,22}$'),
    nickname TEXT,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'banned')),
    verified_at TIMESTAMPTZ,
    notes TEXT,
    created_at TIMESTAMPTZ DEFAULT now(),
    ign TEXT,
    modmail_blacklisted BOOLEAN NOT NULL DEFAULT false,
    modmail_blacklist_reason TEXT,
    modmail_blacklisted_by BIGINT,
    modmail_blacklisted_at TIMESTAMPTZ,
    alt_ign TEXT,
    PRIMARY KEY (guild_id, user_id)
);
CREATE INDEX idx_raider_guild ON raider(guild_id);
CREATE INDEX idx_raider_alt_ign ON raider(guild_id, LOWER(alt_ign));

CREATE TABLE run (
    id BIGSERIAL PRIMARY KEY,
    guild_id BIGINT NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    organizer_id BIGINT REFERENCES member(id) ON DELETE SET NULL,
    dungeon_key TEXT NOT NULL,
    dungeon_label TEXT NOT NULL,
    description TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'live', 'ended')),
    channel_id BIGINT,
    post_message_id BIGINT,
    created_at TIMESTAMPTZ DEFAULT now(),
    started_at TIMESTAMPTZ,
    ended_at TIMESTAMPTZ,
    party TEXT,
    location TEXT,
    key_window_ends_at TIMESTAMPTZ,
    auto_end_minutes INTEGER NOT NULL DEFAULT 120 CHECK (auto_end_minutes BETWEEN 1 AND 1440),
    role_id BIGINT,
    ping_message_id BIGINT,
    key_pop_count INTEGER NOT NULL DEFAULT 0,
    chain_amount INTEGER CHECK (chain_amount > 0),
    screenshot_url TEXT,
    o3_stage TEXT CHECK (o3_stage IN ('closed', 'miniboss', 'third_room')),
    join_locked BOOLEAN DEFAULT false,
    CHECK (ended_at IS NULL OR started_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX idx_run_guild_status ON run(guild_id, status);
CREATE UNIQUE INDEX uq_run_post_message_id ON run(post_message_id) WHERE post_message_id IS NOT NULL;

CREATE TABLE reaction (
    run_id BIGINT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('join', 'bench', 'leave')),
    class TEXT,
    updated_at TIMESTAMPTZ DEFAULT now(),
    PRIMARY KEY (run_id, user_id)
);
CREATE INDEX idx_reaction_run_state ON reaction(run_id, state);

CREATE TABLE key_reaction (
    run_id BIGINT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    key_type TEXT NOT NULL,
    created_at TIMESTAMPTZ DEFAULT now(),
    source TEXT DEFAULT 'run' CHECK (source IN ('headcount', 'run')),
    PRIMARY KEY (run_id, user_id, key_type, source)
);

CREATE TABLE key_pop_snapshot (
    run_id BIGINT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    key_pop_number INTEGER NOT NULL CHECK (key_pop_number > 0),
    user_id BIGINT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    class TEXT,
    snapshot_time TIMESTAMPTZ NOT NULL DEFAULT now(),
    awarded_completion BOOLEAN NOT NULL DEFAULT false,
    awarded_at TIMESTAMPTZ,
    PRIMARY KEY (run_id, key_pop_number, user_id)
);

CREATE TABLE key_pop (
    guild_id BIGINT NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    dungeon_key TEXT NOT NULL,
    key_type TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    last_popped_at TIMESTAMPTZ DEFAULT now(),
    PRIMARY KEY (guild_id, user_id, dungeon_key, key_type)
);

CREATE TABLE quota_event (
    id BIGSERIAL PRIMARY KEY,
    guild_id BIGINT NOT NULL REFERENCES guild(id) ON DELETE CASCADE,
    actor_user_id BIGINT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    action_type TEXT NOT NULL CHECK (action_type IN ('run_completed', 'verify_member')),
    subject_id TEXT,
    dungeon_key TEXT,
    points DECIMAL(10,2) NOT NULL DEFAULT 1,
    quota_points DECIMAL(10,2) NOT NULL DEFAULT 0,
    quota_role_id BIGINT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_quota_event_run_idempotency ON quota_event(guild_id, subject_id)
    WHERE action_type = 'run_completed' AND subject_id IS NOT NULL;
CREATE INDEX idx_quota_event_guild_user ON quota_event(guild_id, actor_user_id);

CREATE TABLE quota_role_config (
    guild_id BIGINT NOT NULL,
    discord_role_id BIGINT NOT NULL,
    required_points DECIMAL NOT NULL DEFAULT 0 CHECK (required_points >= 0),
    reset_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    panel_message_id BIGINT,
    updated_at TIMESTAMPTZ DEFAULT now(),
    period_start_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    moderation_points DECIMAL(10,2) NOT NULL DEFAULT 0 CHECK (moderation_points >= 0),
    base_exalt_points DECIMAL(10,2) NOT NULL DEFAULT 1.0 CHECK (base_exalt_points >= 0),
    base_non_exalt_points DECIMAL(10,2) NOT NULL DEFAULT 1.0 CHECK (base_non_exalt_points >= 0),
    verify_points DECIMAL(10,2) NOT NULL DEFAULT 0 CHECK (verify_points >= 0),
    warn_points DECIMAL(10,2) NOT NULL DEFAULT 0 CHECK (warn_points >= 0),
    suspend_points DECIMAL(10,2) NOT NULL DEFAULT 0 CHECK (suspend_points >= 0),
    modmail_reply_points DECIMAL(10,2) NOT NULL DEFAULT 0 CHECK (modmail_reply_points >= 0),
    editname_points DECIMAL(10,2) NOT NULL DEFAULT 0 CHECK (editname_points >= 0),
    addnote_points DECIMAL(10,2) NOT NULL DEFAULT 0 CHECK (addnote_points >= 0),
    PRIMARY KEY (guild_id, discord_role_id)
);

CREATE TABLE quota_dungeon_override (
    guild_id BIGINT NOT NULL,
    discord_role_id BIGINT NOT NULL,
    dungeon_key TEXT NOT NULL,
    points DECIMAL NOT NULL DEFAULT 1 CHECK (points >= 0),
    updated_at TIMESTAMPTZ DEFAULT now(),
    PRIMARY KEY (guild_id, discord_role_id, dungeon_key),
    FOREIGN KEY (guild_id, discord_role_id) REFERENCES quota_role_config(guild_id, discord_role_id) ON DELETE CASCADE
);

CREATE TABLE raider_points_config (
    guild_id BIGINT NOT NULL,
    dungeon_key TEXT NOT NULL,
    points DECIMAL NOT NULL DEFAULT 0 CHECK (points >= 0),
    updated_at TIMESTAMPTZ DEFAULT now(),
    PRIMARY KEY (guild_id, dungeon_key)
);

CREATE TABLE key_pop_points_config (
    guild_id BIGINT NOT NULL,
    dungeon_key TEXT NOT NULL,
    points DECIMAL NOT NULL DEFAULT 0 CHECK (points >= 0),
    updated_at TIMESTAMPTZ DEFAULT now(),
    PRIMARY KEY (guild_id, dungeon_key)
);

CREATE TABLE punishment (
    id TEXT PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    moderator_id BIGINT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('warn', 'suspend', 'mute')),
    reason TEXT NOT NULL,
    expires_at TIMESTAMPTZ,
    active BOOLEAN NOT NULL DEFAULT true,
    created_at TIMESTAMPTZ DEFAULT now(),
    removed_at TIMESTAMPTZ,
    removed_by BIGINT,
    removal_reason TEXT
);
CREATE INDEX idx_punishment_active ON punishment(guild_id, user_id, expires_at) WHERE active;

CREATE TABLE note (
    id TEXT PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    moderator_id BIGINT NOT NULL,
    note_text TEXT NOT NULL,
    created_at TIMESTAMPTZ DEFAULT now()
);

CREATE TABLE audit (
    id BIGSERIAL PRIMARY KEY,
    guild_id BIGINT REFERENCES guild(id) ON DELETE SET NULL,
    actor_id BIGINT REFERENCES member(id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    subject TEXT,
    meta JSONB,
    created_at TIMESTAMPTZ DEFAULT now()
);

CREATE TABLE role_catalog (role_key TEXT PRIMARY KEY, label TEXT, description TEXT);
INSERT INTO role_catalog VALUES
    ('administrator', 'Administrator', 'Full admin for bot actions'), ('moderator', 'Moderator', 'Moderation actions'),
    ('head_organizer', 'Head Organizer', 'Leads raid organization'), ('officer', 'Officer', 'Senior staff'),
    ('security', 'Security', 'Verification and security checks'), ('organizer', 'Organizer', 'Runs and manages raids'),
    ('team', 'Team', 'Auto-assigned to members with staff roles'), ('verified_raider', 'Verified Raider', 'Granted on verification'),
    ('suspended', 'Suspended', 'Given by /suspend'), ('muted', 'Muted', 'Given by /mute');

CREATE TABLE guild_role (
    guild_id BIGINT NOT NULL,
    role_key TEXT NOT NULL REFERENCES role_catalog(role_key) ON DELETE CASCADE,
    discord_role_id BIGINT NOT NULL,
    updated_at TIMESTAMPTZ DEFAULT now(),
    PRIMARY KEY (guild_id, role_key)
);

CREATE TABLE channel_catalog (channel_key TEXT PRIMARY KEY, label TEXT, description TEXT);
INSERT INTO channel_catalog VALUES
    ('raid', 'Raid', ''), ('veri_log', 'Verification Log', ''), ('manual_verification', 'Manual Verification', ''),
    ('getverified', 'Get Verified', ''), ('punishment_log', 'Punishment Log', ''), ('raid_log', 'Raid Log', ''),
    ('quota', 'Quota', ''), ('bot_log', 'Bot Log', ''), ('staff_updates', 'Staff Updates', ''), ('modmail', 'Modmail', ''),
    ('role_ping', 'Role Ping', ''), ('party_finder', 'Party Finder', ''), ('early_loc', 'Early Location', '');

CREATE TABLE guild_channel (
    guild_id BIGINT NOT NULL,
    channel_key TEXT NOT NULL REFERENCES channel_catalog(channel_key) ON DELETE CASCADE,
    discord_channel_id BIGINT NOT NULL,
    updated_at TIMESTAMPTZ DEFAULT now(),
    panel_message_id BIGINT,
    PRIMARY KEY (guild_id, channel_key)
);

CREATE TABLE dungeon_role_ping (
    guild_id BIGINT NOT NULL,
    dungeon_key TEXT NOT NULL,
    discord_role_id BIGINT NOT NULL,
    created_at TIMESTAMPTZ DEFAULT now(),
    updated_at TIMESTAMPTZ DEFAULT now(),
    PRIMARY KEY (guild_id, dungeon_key)
);

CREATE TABLE verification_session (
    guild_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    rotmg_ign TEXT,
    verification_code TEXT,
    status TEXT NOT NULL DEFAULT 'pending_ign' CHECK (status IN ('pending_ign', 'pending_realmeye',
        'pending_screenshot', 'pending_review', 'verified', 'cancelled', 'denied', 'expired')),
    created_at TIMESTAMPTZ DEFAULT now(),
    updated_at TIMESTAMPTZ DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL DEFAULT now() + interval '1 hour',
    verification_method TEXT DEFAULT 'realmeye' CHECK (verification_method IN ('realmeye', 'manual')),
    screenshot_url TEXT,
    ticket_message_id BIGINT,
    reviewed_by_user_id BIGINT,
    reviewed_at TIMESTAMPTZ,
    denial_reason TEXT,
    PRIMARY KEY (guild_id, user_id)
);

CREATE TABLE guild_verification_config (
    guild_id BIGINT PRIMARY KEY,
    manual_verify_instructions TEXT,
    panel_custom_message TEXT,
    panel_custom_message_image TEXT,
    manual_verify_instructions_image TEXT,
    realmeye_instructions_image TEXT,
    updated_at TIMESTAMPTZ DEFAULT now()
);

CREATE TABLE custom_role_verification (
    id SERIAL PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    role_id BIGINT NOT NULL,
    role_channel_id BIGINT NOT NULL,
    verification_channel_id BIGINT NOT NULL,
    instructions TEXT NOT NULL,
    example_image_url TEXT,
    panel_message_id BIGINT,
    created_at TIMESTAMPTZ DEFAULT now(),
    created_by_user_id BIGINT NOT NULL,
    role_description TEXT,
    UNIQUE (guild_id, role_id)
);

CREATE TABLE custom_role_verification_session (
    id SERIAL PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    role_verification_id INTEGER NOT NULL REFERENCES custom_role_verification(id) ON DELETE CASCADE,
    screenshot_url TEXT,
    ticket_message_id BIGINT,
    status TEXT NOT NULL DEFAULT 'pending_screenshot' CHECK (status IN ('pending_screenshot', 'pending_review',
        'approved', 'denied', 'cancelled', 'expired')),
    reviewed_by_user_id BIGINT,
    reviewed_at TIMESTAMPTZ,
    denial_reason TEXT,
    created_at TIMESTAMPTZ DEFAULT now(),
    updated_at TIMESTAMPTZ DEFAULT now(),
    expires_at TIMESTAMPTZ DEFAULT now() + interval '1 hour',
    UNIQUE (guild_id, user_id, role_verification_id)
);

CREATE TABLE modmail_ticket (
    ticket_id TEXT PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    thread_id BIGINT,
    message_id BIGINT,
    created_at TIMESTAMPTZ DEFAULT now(),
    closed_at TIMESTAMPTZ,
    closed_by BIGINT
);

CREATE TABLE modmail_message (
    message_id BIGSERIAL PRIMARY KEY,
    ticket_id TEXT NOT NULL REFERENCES modmail_ticket(ticket_id) ON DELETE CASCADE,
    author_id BIGINT,
    content TEXT NOT NULL,
    attachments JSONB DEFAULT '[]',
    sent_at TIMESTAMPTZ DEFAULT now(),
    is_staff_reply BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE command_log (
    id BIGSERIAL PRIMARY KEY,
    guild_id TEXT,
    channel_id TEXT,
    user_id TEXT NOT NULL,
    command_name TEXT NOT NULL,
    subcommand TEXT,
    options JSONB,
    success BOOLEAN NOT NULL DEFAULT true,
    error_code TEXT,
    latency_ms INTEGER,
    created_at TIMESTAMPTZ DEFAULT now()
);

CREATE TABLE _migrations (
    id SERIAL PRIMARY KEY,
    filename TEXT UNIQUE NOT NULL,
    applied_at TIMESTAMPTZ DEFAULT now()
);
