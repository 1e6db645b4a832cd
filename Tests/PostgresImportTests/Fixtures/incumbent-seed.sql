-- A small incumbent database touching every imported table and every conversion: timestamps with
-- milliseconds, DECIMAL points with two decimals (and a negative adjustment), booleans, JSONB,
-- text snowflakes, 24-hex punishment ids, MM- tickets, an expired suspension the incumbent only
-- deactivated, runs with bot-created roles. Guild 1 = 100000000000000001, guild 2 = …002.

INSERT INTO guild (id, name, created_at) VALUES
    (100000000000000001, 'Raid Hub', '2024-01-02 03:04:05.678+00'),
    (100000000000000002, 'Other Hub', '2024-01-03 00:00:00+00');

INSERT INTO member (id, username, created_at) VALUES
    (200000000000000001, 'rin', '2024-01-02 03:04:05.678+00'),
    (200000000000000002, 'bo', '2024-01-02 04:00:00+00'),
    (200000000000000003, 'cy', '2024-01-02 05:00:00+00'),
    (200000000000000004, 'di', '2024-01-02 06:00:00+00'),
    (200000000000000005, 'ed', '2024-01-03 01:00:00+00');

INSERT INTO raider (guild_id, user_id, nickname, status, verified_at, created_at, ign, alt_ign,
                    modmail_blacklisted, modmail_blacklist_reason, modmail_blacklisted_by, modmail_blacklisted_at) VALUES
    (100000000000000001, 200000000000000001, 'Alpha', 'approved', '2024-01-05 10:00:00+00', '2024-01-05 09:00:00+00',
     'Alpha', 'AlphaAlt', false, NULL, NULL, NULL),
    (100000000000000001, 200000000000000002, 'Bravo', 'approved', '2024-01-05 11:00:00+00', '2024-01-05 10:30:00+00',
     'Bravo', NULL, true, 'spam', 200000000000000001, '2024-02-01 00:00:00+00'),
    (100000000000000001, 200000000000000003, NULL, 'pending', NULL, '2024-01-06 00:00:00+00', NULL, NULL, false, NULL, NULL, NULL),
    (100000000000000002, 200000000000000005, 'Echo', 'approved', '2024-01-07 00:00:00+00', '2024-01-07 00:00:00+00',
     'Echo', NULL, false, NULL, NULL, NULL);

INSERT INTO run (id, guild_id, organizer_id, dungeon_key, dungeon_label, description, status, channel_id, post_message_id,
                 created_at, started_at, ended_at, party, location, key_window_ends_at, auto_end_minutes, role_id,
                 ping_message_id, key_pop_count, chain_amount, screenshot_url, o3_stage, join_locked) VALUES
    (10, 100000000000000001, 200000000000000001, 'SHATTERS', 'The Shatters', 'bring priests', 'ended', 700000000000000001,
     800000000000000010, '2024-03-01 18:00:00+00', '2024-03-01 18:05:00+00', '2024-03-01 18:45:00.5+00', 'p1', 'USW',
     NULL, 120, 300000000000000001, 800000000000000011, 1, 2, NULL, NULL, false),
    (11, 100000000000000001, 200000000000000002, 'ORYX_3', 'Oryx 3', NULL, 'live', 700000000000000001,
     800000000000000020, '2024-03-02 18:00:00+00', '2024-03-02 18:10:00+00', NULL, NULL, NULL,
     '2024-03-02 18:12:00+00', 90, 300000000000000002, NULL, 0, NULL, NULL, 'miniboss', true),
    (12, 100000000000000002, 200000000000000005, 'NEST', 'The Nest', NULL, 'open', 700000000000000005,
     800000000000000030, '2024-03-03 18:00:00+00', NULL, NULL, NULL, NULL, NULL, 120, NULL, NULL, 0, NULL, NULL, NULL, NULL);

INSERT INTO reaction (run_id, user_id, state, class, updated_at) VALUES
    (10, 200000000000000001, 'join', 'Priest', '2024-03-01 18:01:00+00'),
    (10, 200000000000000002, 'join', 'Wizard', '2024-03-01 18:02:00+00'),
    (10, 200000000000000003, 'leave', NULL, '2024-03-01 18:03:00+00'),
    (11, 200000000000000002, 'join', 'Warrior', '2024-03-02 18:01:00+00'),
    (12, 200000000000000005, 'join', NULL, '2024-03-03 18:01:00+00');

INSERT INTO key_reaction (run_id, user_id, key_type, created_at, source) VALUES
    (10, 200000000000000002, 'SHATTERS_KEY', '2024-03-01 18:02:30+00', 'run'),
    (11, 200000000000000001, 'WC_INC', '2024-03-02 17:50:00+00', 'headcount');

INSERT INTO key_pop_snapshot (run_id, key_pop_number, user_id, class, snapshot_time, awarded_completion, awarded_at) VALUES
    (10, 1, 200000000000000002, 'Wizard', '2024-03-01 18:06:00+00', true, '2024-03-01 18:45:00.5+00'),
    (11, 1, 200000000000000001, NULL, '2024-03-02 18:11:00+00', false, NULL);

INSERT INTO key_pop (guild_id, user_id, dungeon_key, key_type, count, last_popped_at) VALUES
    (100000000000000001, 200000000000000002, 'SHATTERS', 'key', 3, '2024-03-01 18:06:00+00');

INSERT INTO quota_event (id, guild_id, actor_user_id, action_type, subject_id, dungeon_key, points, quota_points,
                         quota_role_id, created_at) VALUES
    (1, 100000000000000001, 200000000000000001, 'run_completed', 'run:10', 'SHATTERS', 0, 1.50, 400000000000000001,
     '2024-03-01 18:45:00.5+00'),
    (2, 100000000000000001, 200000000000000002, 'run_completed', 'raider:10:200000000000000002', 'SHATTERS', 1.25, 0, NULL,
     '2024-03-01 18:45:00.5+00'),
    (3, 100000000000000001, 200000000000000002, 'run_completed', 'key_pop:1709318760000:200000000000000002:2', 'SHATTERS',
     10.00, 0, NULL, '2024-03-01 18:06:00+00'),
    (4, 100000000000000001, 200000000000000001, 'verify_member', 'verify:200000000000000003', NULL, 0, 0.75,
     400000000000000001, '2024-03-04 12:00:00+00'),
    (5, 100000000000000002, 200000000000000005, 'run_completed', 'manual_log_run:1709510400000:200000000000000005:2', 'NEST',
     0, 2.00, NULL, '2024-03-04 00:00:00+00'),
    (6, 100000000000000001, 200000000000000002, 'run_completed', 'adjust:1709600000000:200000000000000002', NULL, -0.25, 0,
     NULL, '2024-03-05 00:00:00+00');

INSERT INTO quota_role_config (guild_id, discord_role_id, required_points, reset_at, panel_message_id, updated_at,
                               period_start_at, base_exalt_points, verify_points) VALUES
    (100000000000000001, 400000000000000001, 10.5, '2024-04-01 00:00:00+00', 500000000000000001,
     '2024-02-01 00:00:00+00', '2024-03-01 00:00:00+00', 1.5, 0.25);

INSERT INTO quota_dungeon_override (guild_id, discord_role_id, dungeon_key, points, updated_at) VALUES
    (100000000000000001, 400000000000000001, 'SHATTERS', 2.5, '2024-02-01 00:00:00+00');
INSERT INTO raider_points_config (guild_id, dungeon_key, points, updated_at) VALUES
    (100000000000000001, 'SHATTERS', 1.25, '2024-02-01 00:00:00+00');
INSERT INTO key_pop_points_config (guild_id, dungeon_key, points, updated_at) VALUES
    (100000000000000001, 'SHATTERS', 7.5, '2024-02-01 00:00:00+00');

INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, expires_at, active, created_at, removed_at,
                        removed_by, removal_reason) VALUES
    ('aaaaaaaaaaaaaaaaaaaaaaaa', 100000000000000001, 200000000000000002, 200000000000000001, 'warn', 'late to run', NULL,
     true, '2024-03-01 00:00:00+00', NULL, NULL, NULL),
    ('bbbbbbbbbbbbbbbbbbbbbbbb', 100000000000000001, 200000000000000002, 200000000000000001, 'suspend', 'leeching',
     '2024-03-03 00:00:00+00', false, '2024-03-02 00:00:00+00', NULL, NULL, NULL),
    ('cccccccccccccccccccccccc', 100000000000000001, 200000000000000003, 200000000000000001, 'mute', 'spam',
     '2024-03-10 00:00:00+00', false, '2024-03-09 00:00:00+00', '2024-03-09 01:00:00+00', 200000000000000001, 'appealed'),
    ('0123456789abcdef01234567', 100000000000000002, 200000000000000005, 200000000000000005, 'suspend', 'crashing',
     '2030-01-01 00:00:00+00', true, '2024-03-09 00:00:00+00', NULL, NULL, NULL);

INSERT INTO note (id, guild_id, user_id, moderator_id, note_text, created_at) VALUES
    ('dddddddddddddddddddddddd', 100000000000000001, 200000000000000002, 200000000000000001, 'Has a spare key',
     '2024-03-01 00:00:00+00');

INSERT INTO audit (id, guild_id, actor_id, action, subject, meta, created_at) VALUES
    (1, 100000000000000001, 200000000000000001, 'config.roles', 'guild_role', '{"keys": ["organizer"]}', '2024-02-01 00:00:00+00'),
    (2, 100000000000000001, NULL, 'punishment.expired', 'bbbbbbbbbbbbbbbbbbbbbbbb', NULL, '2024-03-03 00:00:00+00');

INSERT INTO guild_role (guild_id, role_key, discord_role_id, updated_at) VALUES
    (100000000000000001, 'organizer', 600000000000000001, '2024-02-01 00:00:00+00'),
    (100000000000000001, 'suspended', 600000000000000002, '2024-02-01 00:00:00+00');
INSERT INTO guild_channel (guild_id, channel_key, discord_channel_id, updated_at, panel_message_id) VALUES
    (100000000000000001, 'raid', 700000000000000001, '2024-02-01 00:00:00+00', NULL),
    (100000000000000001, 'role_ping', 700000000000000002, '2024-02-01 00:00:00+00', 700000000000000099);
INSERT INTO dungeon_role_ping (guild_id, dungeon_key, discord_role_id, created_at, updated_at) VALUES
    (100000000000000001, 'SHATTERS', 600000000000000010, '2024-02-01 00:00:00+00', '2024-02-02 00:00:00+00');

INSERT INTO verification_session (guild_id, user_id, rotmg_ign, verification_code, status, created_at, updated_at,
                                  expires_at, verification_method, screenshot_url, ticket_message_id) VALUES
    (100000000000000001, 200000000000000003, 'Charlie', 'ABC123', 'pending_review', '2024-03-06 00:00:00+00',
     '2024-03-06 00:10:00+00', '2024-03-13 00:10:00+00', 'manual', 'https://cdn.example/shot.png', 900000000000000001);
INSERT INTO guild_verification_config (guild_id, manual_verify_instructions, panel_custom_message, updated_at) VALUES
    (100000000000000001, 'Post a screenshot of your /who', 'Welcome!', '2024-02-01 00:00:00+00');

INSERT INTO custom_role_verification (id, guild_id, role_id, role_channel_id, verification_channel_id, instructions,
                                      example_image_url, panel_message_id, created_at, created_by_user_id, role_description) VALUES
    (1, 100000000000000001, 600000000000000020, 700000000000000010, 700000000000000011, 'Show your 8/8 Priest', NULL,
     800000000000000040, '2024-02-01 00:00:00+00', 200000000000000001, 'Maxed priests');
INSERT INTO custom_role_verification_session (id, guild_id, user_id, role_verification_id, screenshot_url, status,
                                              created_at, updated_at, expires_at) VALUES
    (1, 100000000000000001, 200000000000000002, 1, 'https://cdn.example/priest.png', 'pending_review',
     '2024-03-07 00:00:00+00', '2024-03-07 00:05:00+00', '2024-03-07 01:00:00+00');

INSERT INTO modmail_ticket (ticket_id, guild_id, user_id, status, thread_id, message_id, created_at, closed_at, closed_by) VALUES
    ('MM-AB12CD', 100000000000000001, 200000000000000002, 'closed', 910000000000000001, 910000000000000002,
     '2024-03-08 00:00:00+00', '2024-03-08 02:00:00+00', 200000000000000001),
    ('MM-ZZ99YY', 100000000000000001, 200000000000000003, 'open', 910000000000000003, NULL,
     '2024-03-09 00:00:00+00', NULL, NULL);
INSERT INTO modmail_message (message_id, ticket_id, author_id, content, attachments, sent_at, is_staff_reply) VALUES
    (1, 'MM-AB12CD', 200000000000000002, 'Hello, I was suspended', '["https://cdn.example/a.png"]', '2024-03-08 00:00:00+00', false),
    (2, 'MM-AB12CD', 200000000000000001, 'Looking into it', '[]', '2024-03-08 01:00:00+00', true);

INSERT INTO command_log (id, guild_id, channel_id, user_id, command_name, subcommand, options, success, error_code,
                         latency_ms, created_at) VALUES
    (1, '100000000000000001', '700000000000000001', '200000000000000001', 'run', NULL, '{"dungeon": "SHATTERS"}', true,
     NULL, 42, '2024-03-01 18:00:00+00'),
    (2, NULL, NULL, '200000000000000002', 'modmail', NULL, NULL, false, 'NO_GUILD', 7, '2024-03-08 00:00:00+00');
