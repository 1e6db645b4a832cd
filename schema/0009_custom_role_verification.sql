-- 0009_custom_role_verification: the veri_log threads (one per member's verification, reference
-- §7.8), the log lines waiting to be posted there, and what of a custom-role session Discord was
-- already shown. Every verification event is written here in the transaction of the state change
-- it reports; the outbox worker then posts it (a `redraw` of `veri_log:<user>`), so a restart loses
-- no line and posts none twice.

-- A member's newest verification log thread in veri_log.
CREATE TABLE verification_log_thread (
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL CHECK (user_id > 0),
    thread_id   INTEGER NOT NULL CHECK (thread_id > 0),
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
) STRICT;

-- Verification events in order; `posted_at` is stamped once the line is in Discord (or skipped
-- because no veri_log channel is mapped). `starts_thread`: a "verification started" event opens a
-- new thread.
CREATE TABLE verification_log_entry (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id       INTEGER NOT NULL,
    user_id        INTEGER NOT NULL CHECK (user_id > 0),
    user_tag       TEXT    CHECK (user_tag IS NULL OR length(user_tag) BETWEEN 1 AND 100),
    message        TEXT    NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
    is_failure     INTEGER NOT NULL DEFAULT 0 CHECK (is_failure IN (0, 1)),
    starts_thread  INTEGER NOT NULL DEFAULT 0 CHECK (starts_thread IN (0, 1)),
    image_url      TEXT,
    created_at     INTEGER NOT NULL,
    posted_at      INTEGER
) STRICT;
-- The poster's queue: a member's lines still to post, oldest first.
CREATE INDEX idx_verification_log_unposted ON verification_log_entry(user_id, id) WHERE posted_at IS NULL;
-- Sweeping posted lines.
CREATE INDEX idx_verification_log_posted ON verification_log_entry(posted_at) WHERE posted_at IS NOT NULL;

-- The status the session's ticket was last drawn for, and the status the member was last told
-- about (the outbox's ticket and DM steps compare them with `status`).
ALTER TABLE custom_role_verification_session ADD COLUMN ticket_shown_status TEXT;
ALTER TABLE custom_role_verification_session ADD COLUMN member_told_status TEXT;
