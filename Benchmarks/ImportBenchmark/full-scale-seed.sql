-- The import benchmark's incumbent database at full scale: 20,000 members (all raiders of one
-- guild), 50,000 ended runs, 2,000,000 reactions (40 per run), 500,000 quota events (10 raider
-- credits per run, 1.25 points each), 20,000 punishments. Loaded after Tests/PostgresImportTests/
-- Fixtures/incumbent-schema.sql by scripts/import-benchmark.sh.
INSERT INTO guild (id, name, created_at) VALUES (100000000000000001, 'Benchmark Hub', '2023-01-01');
INSERT INTO member (id, username, created_at)
SELECT 200000000000000000 + g, 'raider' || g, timestamptz '2023-01-01' + g * interval '1 min' FROM generate_series(1, 20000) g;
INSERT INTO raider (guild_id, user_id, status, ign, verified_at, created_at)
SELECT 100000000000000001, 200000000000000000 + g, 'approved', 'Ign' || g, timestamptz '2023-01-02', timestamptz '2023-01-02'
FROM generate_series(1, 20000) g;
INSERT INTO run (id, guild_id, organizer_id, dungeon_key, dungeon_label, status, channel_id, post_message_id, created_at,
                 started_at, ended_at, party, location, role_id)
SELECT r, 100000000000000001, 200000000000000001 + r % 200, 'SHATTERS', 'The Shatters', 'ended', 700000000000000001,
       800000000000000000 + r, timestamptz '2023-01-01' + r * interval '10 min', timestamptz '2023-01-01' + r * interval '10 min',
       timestamptz '2023-01-01' + r * interval '10 min' + interval '40 min', 'p1', 'USW', 300000000000000000 + r
FROM generate_series(1, 50000) r;
INSERT INTO reaction (run_id, user_id, state, class, updated_at)
SELECT r, 200000000000000001 + (r * 40 + k) % 20000, 'join', 'Priest', timestamptz '2023-01-01' + r * interval '10 min'
FROM generate_series(1, 50000) r, generate_series(0, 39) k;
INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, dungeon_key, points, quota_points, created_at)
SELECT 100000000000000001, 200000000000000001 + (r * 40 + k) % 20000, 'run_completed',
       'raider:' || r || ':' || (200000000000000001 + (r * 40 + k) % 20000), 'SHATTERS', 1.25, 0,
       timestamptz '2023-01-01' + r * interval '10 min' + interval '40 min'
FROM generate_series(1, 50000) r, generate_series(0, 9) k;
INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, expires_at, active, created_at)
SELECT lpad(to_hex(g), 24, '0'), 100000000000000001, 200000000000000001 + g % 20000, 200000000000000001, 'warn',
       'benchmark warning', NULL, true, timestamptz '2023-06-01' + g * interval '1 min'
FROM generate_series(1, 20000) g;
ANALYZE;
