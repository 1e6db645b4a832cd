-- 0005_dm_conversation: a member's conversation with the bot in direct messages (modmail,
-- verification), so "wait for this member's next DM, with a deadline, in this step" survives a
-- restart. One open conversation per member and kind; a DM goes to the newest open one.
CREATE TABLE dm_conversation (
    user_id      INTEGER NOT NULL CHECK (user_id > 0),
    kind         TEXT    NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
    step         TEXT    NOT NULL CHECK (length(step) BETWEEN 1 AND 64),
    state        TEXT    NOT NULL CHECK (json_valid(state)),
    updated_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, kind),
    CHECK (expires_at > updated_at)
) STRICT;
-- Sweeping conversations past their deadline.
CREATE INDEX idx_dm_conversation_expires ON dm_conversation(expires_at);

-- Direct messages already handed to a conversation: a resumed session may deliver one again, and
-- it must not be relayed twice.
CREATE TABLE dm_message_seen (
    message_id  INTEGER PRIMARY KEY CHECK (message_id > 0),
    seen_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX idx_dm_message_seen_at ON dm_message_seen(seen_at);
