-- 0004_delivery: what a member was promised survives a crash, a SIGTERM and a gateway resume.

-- Interactions the bot acknowledged, and those it finished. A re-delivered interaction (Discord
-- replays what a resumed session had not confirmed) is then neither acknowledged twice (40060)
-- nor handled twice. Finishing is written in the handler's own transaction where a repeat would
-- not be harmless (a key toggle, a key pop). Rows older than a day are swept.
CREATE TABLE interaction_receipt (
    interaction_id   INTEGER PRIMARY KEY CHECK (interaction_id > 0),
    acknowledged_at  INTEGER NOT NULL,
    completed_at     INTEGER
) STRICT;
CREATE INDEX idx_interaction_receipt_acknowledged ON interaction_receipt(acknowledged_at);

-- The transactional outbox: the Discord side effects of a state change (a role, a panel redraw, the
-- member's confirmation, a DM, a raid-log line), written in the same transaction as the change and
-- carried out by a worker in order per target, with retries, until done or given up.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    target           TEXT    NOT NULL CHECK (length(target) BETWEEN 1 AND 200),
    kind             TEXT    NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
    payload          TEXT    NOT NULL CHECK (json_valid(payload)),
    coalesce_key     TEXT    CHECK (coalesce_key IS NULL OR length(coalesce_key) BETWEEN 1 AND 200),
    created_at       INTEGER NOT NULL,
    next_attempt_at  INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    done_at          INTEGER,
    outcome          TEXT    CHECK (outcome IS NULL OR length(outcome) <= 500),
    CHECK ((done_at IS NULL) = (outcome IS NULL))
) STRICT;
-- The worker's scan: pending items in order.
CREATE INDEX idx_outbox_pending ON outbox(id) WHERE done_at IS NULL;
-- Superseding older redraws of the same panel.
CREATE INDEX idx_outbox_coalesce ON outbox(coalesce_key, id) WHERE done_at IS NULL AND coalesce_key IS NOT NULL;
-- Sweeping finished items.
CREATE INDEX idx_outbox_done ON outbox(done_at) WHERE done_at IS NOT NULL;
