-- 0010_modmail_thread_relay: staff may answer a modmail ticket with plain messages in its thread
-- (issue 10), when the guild turns it on. A staff message is recorded in modmail_message
-- (is_staff_reply = 1, its Discord id as message_id, relayed_at NULL) in the same transaction that
-- dedupes it and enqueues the outbox item that DMs it to the member, so a gateway resume or a
-- restart never relays it twice; the worker stamps relayed_at once it is DMed, or once it is given
-- up (relay_failed = 1: the member's DMs are closed, which staff are told in the thread).

-- Per-guild modmail settings. Off by default: without a row nothing in a thread is relayed.
CREATE TABLE guild_modmail_config (
    guild_id               INTEGER PRIMARY KEY REFERENCES guild(id) ON DELETE CASCADE,
    -- Plain staff messages in an open ticket's thread are DMed to the member.
    relay_thread_messages  INTEGER NOT NULL DEFAULT 0 CHECK (relay_thread_messages IN (0, 1)),
    -- A thread message starting with this stays an internal staff note.
    ignore_prefix          TEXT    NOT NULL DEFAULT '//' CHECK (length(ignore_prefix) BETWEEN 1 AND 10),
    updated_at             INTEGER NOT NULL,
    updated_by             INTEGER NOT NULL
) STRICT;

-- A staff message that could not reach the member (given up, not retried).
ALTER TABLE modmail_message ADD COLUMN relay_failed INTEGER NOT NULL DEFAULT 0 CHECK (relay_failed IN (0, 1));
