import Storage
import StorageSeeding
import Testing

/// A statement the schema must refuse on a database holding `SchemaConstraintTests.fixture`.
struct RejectedWrite: Sendable, CustomTestStringConvertible {
    let invariant: String
    let sql: String
    var testDescription: String { invariant }

    static let all: [RejectedWrite] = [
        .init(invariant: "booleans are 0 or 1", sql: "UPDATE run SET join_locked = 2 WHERE id = 1"),
        .init(invariant: "STRICT: a time is an integer, not text",
              sql: "INSERT INTO member (id, username, created_at) VALUES (13, 'x', '2026-11-30')"),
        .init(invariant: "run status is open, live or ended", sql: "UPDATE run SET status = 'cancelled' WHERE id = 1"),
        .init(invariant: "an end reason only on an ended run", sql: "UPDATE run SET end_reason = 'cancelled' WHERE id = 1"),
        .init(invariant: "O3 stages only on Oryx 3 runs", sql: "UPDATE run SET o3_stage = 'closed' WHERE id = 1"),
        .init(invariant: "reactions belong to an existing run",
              sql: "INSERT INTO reaction (run_id, user_id, state, updated_at) VALUES (99, 11, 'join', 0)"),
        .init(invariant: "a warning never expires",
              sql: "INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, expires_at, created_at) "
                  + "VALUES ('0123456789abcdef01234567', 1, 11, 12, 'warn', 'r', 5, 0)"),
        .init(invariant: "a suspension always expires",
              sql: "INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, created_at) "
                  + "VALUES ('0123456789abcdef01234567', 1, 11, 12, 'suspend', 'r', 0)"),
        .init(invariant: "punishment ids are 24 lowercase hex digits",
              sql: "INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, created_at) "
                  + "VALUES ('0123456789ABCDEF01234567', 1, 11, 12, 'warn', 'r', 0)"),
        .init(invariant: "an inactive punishment records its removal",
              sql: "INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, active, created_at) "
                  + "VALUES ('0123456789abcdef01234567', 1, 11, 12, 'warn', 'r', 0, 0)"),
        .init(invariant: "a run/snapshot/user is credited once",
              sql: "INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, created_at) "
                  + "VALUES (1, 11, 'run_completed', 'raider:1:11', 0)"),
        .init(invariant: "quota events are run_completed or verify_member",
              sql: "INSERT INTO quota_event (guild_id, actor_user_id, action_type, created_at) VALUES (1, 11, 'bonus', 0)"),
        .init(invariant: "main IGNs are unique per guild, case-insensitively",
              sql: "INSERT INTO raider (guild_id, user_id, created_at, ign) VALUES (1, 12, 0, 'ALICE')"),
        .init(invariant: "an awarded snapshot row has its award time",
              sql: "INSERT INTO key_pop_snapshot (run_id, key_pop_number, user_id, snapshot_time, awarded_completion) "
                  + "VALUES (1, 1, 12, 0, 1)"),
        .init(invariant: "one open modmail ticket per member",
              sql: "INSERT INTO modmail_ticket (ticket_id, guild_id, user_id, created_at) VALUES ('MM-ZZZZZ9', 1, 11, 0)"),
        .init(invariant: "modmail ticket ids are MM- and six of A-Z0-9",
              sql: "INSERT INTO modmail_ticket (ticket_id, guild_id, user_id, created_at) VALUES ('MM-abc', 1, 12, 0)"),
        .init(invariant: "one active headcount per organizer",
              sql: "INSERT INTO headcount (guild_id, organizer_id, channel_id, created_at) VALUES (1, 11, 5, 0)"),
        .init(invariant: "headcount keys only for the headcount's dungeons",
              sql: "INSERT INTO headcount_key (headcount_id, dungeon_key, key_type, user_id, created_at) "
                  + "VALUES (1, 'VOID', 'VIAL', 12, 0)"),
        .init(invariant: "one open party per member",
              sql: "INSERT INTO party (guild_id, owner_id, name, description, channel_id, created_at, expires_at) "
                  + "VALUES (1, 11, 'p2', 'd', 5, 0, 7200000)"),
        .init(invariant: "an organizer panel belongs to a run or a headcount, not both",
              sql: "INSERT INTO organizer_panel (run_id, headcount_id, user_id, interaction_token, created_at, expires_at) "
                  + "VALUES (1, 1, 11, 't', 0, 900000)"),
        .init(invariant: "key logging never credits more keys than the run had",
              sql: "UPDATE key_logging_session SET remaining_keys = 3 WHERE run_id = 1"),
        .init(invariant: "one gateway session row",
              sql: "INSERT INTO gateway_session (id, session_id, resume_gateway_url, updated_at) VALUES (2, 's', 'wss://x', 0)"),
        .init(invariant: "audit metadata is JSON",
              sql: "INSERT INTO audit (action, meta, created_at) VALUES ('x', '{oops', 0)"),
        .init(invariant: "a confirmed modmail draft has something to send",
              sql: "INSERT INTO modmail_draft (user_id, guild_id, stage, created_at, updated_at, expires_at) "
                  + "VALUES (12, 1, 'confirming', 0, 0, 1)"),
    ]
}

@Suite("Schema invariants")
struct SchemaConstraintTests {
    /// One valid row in most tables: a guild, two members, a live run with a joined raider,
    /// a credited award, a raider named Alice, an open ticket, an active headcount with its
    /// dungeon, an open party, and a key-logging session.
    static let fixture = """
        INSERT INTO guild (id, name, created_at) VALUES (1, 'g', 0);
        INSERT INTO member (id, username, created_at) VALUES (11, 'alice', 0), (12, 'bob', 0);
        INSERT INTO run (id, guild_id, organizer_id, dungeon_key, dungeon_label, status, created_at, started_at)
            VALUES (1, 1, 11, 'SHATTERS', 'The Shatters', 'live', 0, 1);
        INSERT INTO reaction (run_id, user_id, state, updated_at) VALUES (1, 12, 'join', 2);
        INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, created_at)
            VALUES (1, 11, 'run_completed', 'raider:1:11', 0);
        INSERT INTO raider (guild_id, user_id, created_at, ign) VALUES (1, 11, 0, 'Alice');
        INSERT INTO modmail_ticket (ticket_id, guild_id, user_id, created_at) VALUES ('MM-ABC123', 1, 11, 0);
        INSERT INTO headcount (id, guild_id, organizer_id, channel_id, created_at) VALUES (1, 1, 11, 5, 0);
        INSERT INTO headcount_dungeon (headcount_id, dungeon_key, position) VALUES (1, 'SHATTERS', 1);
        INSERT INTO party (guild_id, owner_id, name, description, channel_id, created_at, expires_at)
            VALUES (1, 11, 'p', 'd', 5, 0, 7200000);
        INSERT INTO key_logging_session (run_id, opened_by, total_keys, remaining_keys, created_at, updated_at)
            VALUES (1, 11, 2, 2, 0, 0);
        """

    @Test("the schema refuses a write that breaks an invariant", arguments: RejectedWrite.all)
    func invariantEnforced(_ write: RejectedWrite) async throws {
        try await withMigratedDatabase { database in
            // Given a database with one valid row in most tables
            try await database.write { try $0.executeScript(Self.fixture) }
            // When the invariant-breaking statement runs, then SQLite refuses it as a constraint
            let failure = await outcome { _ = try await database.write { try $0.execute(write.sql) } }
            let storageError = failure as? StorageError
            #expect(storageError?.resultCode == 19, "\(write.invariant): \(String(describing: failure))")
        }
    }

    @Test("the fixture itself is valid and the restart-state tables accept a realistic lifecycle")
    func restartStateLifecycle() async throws {
        try await withMigratedDatabase { database in
            try await database.write { try $0.executeScript(Self.fixture) }
            try await database.write { connection in
                // a headcount offer converts into a run's key reaction, and the headcount is closed
                try connection.execute("""
                    INSERT INTO headcount_key (headcount_id, dungeon_key, key_type, user_id, created_at)
                    VALUES (1, 'SHATTERS', 'SHATTERS_KEY', 12, 3)
                    """)
                try connection.execute("""
                    INSERT INTO key_reaction (run_id, user_id, key_type, source, created_at)
                    SELECT 1, user_id, key_type, 'headcount', 4 FROM headcount_key WHERE headcount_id = 1
                    """)
                try connection.execute("UPDATE headcount SET status = 'converted', converted_run_id = 1, ended_at = 4 WHERE id = 1")
                // a bot-created run role is recorded before the run points at it
                try connection.execute("INSERT INTO run_role (role_id, guild_id, created_at) VALUES (77, 1, 5)")
                try connection.execute("UPDATE run SET role_id = 77, raid_log_thread_id = 88 WHERE id = 1")
                try connection.execute("UPDATE run_role SET run_id = 1 WHERE role_id = 77")
                try connection.execute("""
                    INSERT INTO organizer_panel (run_id, user_id, interaction_token, message_id, created_at, expires_at)
                    VALUES (1, 11, 'token', 99, 5, 900005)
                    """)
                try connection.execute("""
                    INSERT INTO key_logging_entry (run_id, seq, user_id, key_count, points_awarded, logged_by, logged_at)
                    VALUES (1, 1, 12, 2, 1000, 11, 6)
                    """)
                try connection.execute("UPDATE key_logging_session SET remaining_keys = 0, status = 'completed' WHERE run_id = 1")
                try connection.execute("""
                    INSERT INTO gateway_session (id, session_id, sequence, resume_gateway_url, updated_at)
                    VALUES (1, 'abc', 42, 'wss://gateway-us-east1-b.discord.gg', 7)
                    ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, updated_at = excluded.updated_at
                    """)
                try connection.execute("""
                    INSERT INTO command_registration (application_id, guild_id, catalog_hash, registered_at)
                    VALUES (5, 1, 'e3b0c442', 8)
                    """)
                try connection.execute("""
                    INSERT INTO modmail_draft (user_id, guild_id, stage, content, created_at, updated_at, expires_at)
                    VALUES (12, 1, 'confirming', 'hello', 9, 9, 300009)
                    """)
            }
            let (keys, problems) = try await database.read { connection in
                (try connection.fetchValue(HotQueries.keyCounts, Int64(1), as: String.self),
                 try connection.fetchAll("PRAGMA foreign_key_check", arguments: []) { try $0.get(0, as: String.self) })
            }
            #expect(keys == "SHATTERS_KEY")
            #expect(problems.isEmpty, "foreign key problems in \(problems)")
        }
    }

    @Test("expiry is the task's job: an expired suspension leaves the read path at once and the task's list once processed")
    func punishmentExpiryOnTheTask() async throws {
        try await withMigratedDatabase { database in
            // Given a suspension that expired at t=1000 and has not been processed yet
            try await database.write { connection in
                try connection.executeScript(Self.fixture)
                try connection.execute("""
                    INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, expires_at, created_at)
                    VALUES ('00000000000000000000abcd', 1, 12, 11, 'suspend', 'r', 1000, 0)
                    """)
            }
            func state(at now: Int64) async throws -> (suspended: Bool, expired: [String]) {
                try await database.read { connection in
                    (try connection.fetchValue(HotQueries.isSuspended, Int64(1), Int64(12), now, as: Bool.self) ?? false,
                     try connection.fetchAll(HotQueries.expiredPunishments, now) { try $0.get(0, as: String.self) })
                }
            }
            // Then before expiry the member is suspended and the task has nothing to do
            let before = try await state(at: 999)
            #expect(before.suspended && before.expired.isEmpty)
            // And after expiry reads no longer see it, while the task's list does
            let after = try await state(at: 1000)
            #expect(!after.suspended && after.expired == ["00000000000000000000abcd"])
            // When the task processes it, it leaves the task's list
            try await database.write { connection in
                try connection.execute("""
                    UPDATE punishment SET active = 0, removed_at = ?2, removal_reason = 'Suspension expired automatically'
                    WHERE id = ?1 AND active = 1
                    """, "00000000000000000000abcd", Int64(1001))
            }
            #expect(try await state(at: 2000).expired.isEmpty)
        }
    }
}
