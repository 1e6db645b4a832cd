-- The storage benchmark's 20,000 punishments (Sources/StorageSeeding/Seeder.swift, full scale),
-- row for row, in the incumbent's PostgreSQL schema: 60% warnings, 30% suspensions, 10% mutes;
-- suspensions and mutes with i % 67 = 0 still run, with i % 67 = 1 they expired unprocessed.
-- "now" is the seed's logical now, 2026-11-30T00:00Z. Loaded by scripts/suspension-check-benchmark.sh.
WITH typed AS (
    SELECT i, CASE WHEN i % 100 < 60 THEN 'warn' WHEN i % 100 < 90 THEN 'suspend' ELSE 'mute' END AS type,
           timestamptz '2025-11-30 00:00Z' + i * (interval '365 days' / 20000) AS created
    FROM generate_series(0, 19999) i),
shaped AS (
    SELECT i, type, created,
           CASE WHEN type = 'warn' THEN i % 3 = 0 ELSE i % 67 IN (0, 1) END AS active,
           CASE WHEN type = 'warn' THEN NULL
                WHEN i % 67 = 0 THEN timestamptz '2026-11-30 00:00Z' + interval '7 days'
                WHEN i % 67 = 1 THEN timestamptz '2026-11-30 00:00Z' - interval '1 hour'
                ELSE created + interval '3 days' END AS expires
    FROM typed)
INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, expires_at, active, created_at,
                        removed_at, removal_reason)
SELECT lpad(to_hex(i), 24, '0'), 100000000000000001, 200000000000000000 + (i * 40503) % 20000, 200000000000000000,
       type, 'seeded reason', expires, active, created,
       CASE WHEN active THEN NULL ELSE created + interval '1 millisecond' END,
       CASE WHEN active THEN NULL ELSE 'seeded removal' END
FROM shaped;
VACUUM punishment;
-- The incumbent's other punishment indexes and its expiry sweep (reference §4, table 14), which
-- its backend runs before every punishment read.
CREATE INDEX idx_punishment_guild_user ON punishment (guild_id, user_id);
CREATE INDEX idx_punishment_guild_active ON punishment (guild_id, active);
CREATE INDEX idx_punishment_user ON punishment (user_id);
CREATE INDEX idx_punishment_expires ON punishment (expires_at) WHERE expires_at IS NOT NULL AND active;
CREATE FUNCTION deactivate_expired_suspensions() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE changed integer;
BEGIN
    UPDATE punishment SET active = false
    WHERE active AND type IN ('suspend', 'mute') AND expires_at IS NOT NULL AND expires_at <= now();
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END $$;
ANALYZE punishment;
