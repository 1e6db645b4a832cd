-- 0007_modmail_relay: the two-way modmail conversation. A member's DM is recorded in
-- modmail_message (its Discord id as message_id, so ids sort in Discord's order) in the same
-- transaction that marks it seen; the outbox worker then posts every message not relayed yet into
-- the ticket's thread, oldest first, and stamps it here. A restart between the two resumes from
-- the stamps, so nothing is lost, reordered or posted twice.
ALTER TABLE modmail_message ADD COLUMN relayed_at INTEGER;

-- The relay's queue: a ticket's messages still to post.
CREATE INDEX idx_modmail_message_unrelayed ON modmail_message(ticket_id, message_id) WHERE relayed_at IS NULL;
