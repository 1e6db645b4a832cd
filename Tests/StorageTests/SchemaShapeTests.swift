#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Storage
import Testing

/// An index the incumbent's migration 045 created, as it must exist here.
struct IndexExpectation: Sendable, CustomTestStringConvertible {
    let name: String
    let table: String
    let columns: [String]
    /// The partial predicate's text, when the index is partial.
    let predicate: String?

    var testDescription: String { name }

    /// The indexes of 045 (console-features §4.2), same names and columns. #5 (quota_event by
    /// member) is replaced by the maintained `quota_total_member` (migration 0006); #6 is partial
    /// here (only snapshots still awaiting their award), #7 is partial as in the incumbent.
    static let migration045: [IndexExpectation] = [
        .init(name: "idx_run_guild_status", table: "run", columns: ["guild_id", "status"], predicate: nil),
        .init(name: "idx_reaction_run_state", table: "reaction", columns: ["run_id", "state"], predicate: nil),
        .init(name: "idx_run_organizer_guild_status", table: "run",
              columns: ["organizer_id", "guild_id", "status"], predicate: nil),
        .init(name: "idx_key_reaction_run_type", table: "key_reaction", columns: ["run_id", "key_type"], predicate: nil),
        .init(name: "idx_key_pop_snapshot_run_keypop", table: "key_pop_snapshot",
              columns: ["run_id", "key_pop_number"], predicate: "WHERE awarded_completion = 0"),
        .init(name: "idx_punishment_active", table: "punishment",
              columns: ["guild_id", "user_id", "expires_at"], predicate: "WHERE active = 1"),
        .init(name: "idx_verification_session_guild_user_status", table: "verification_session",
              columns: ["guild_id", "user_id", "status"], predicate: nil),
    ]
}

@Suite("Schema shape")
struct SchemaShapeTests {
    /// The incumbent's 28 tables (its `_migrations` is replaced by the migrator's own table).
    static let incumbentTables: Set<String> = [
        "guild", "member", "raider", "run", "reaction", "key_reaction", "key_pop_snapshot", "key_pop",
        "quota_event", "quota_role_config", "quota_dungeon_override", "raider_points_config",
        "key_pop_points_config", "punishment", "note", "audit", "role_catalog", "guild_role",
        "channel_catalog", "guild_channel", "dungeon_role_ping", "verification_session",
        "guild_verification_config", "custom_role_verification", "custom_role_verification_session",
        "modmail_ticket", "modmail_message", "command_log",
    ]
    /// What the incumbent lost on restart, and the bot's own process state.
    static let restartTables: Set<String> = [
        "run_role", "key_reactor_notice", "headcount", "headcount_dungeon", "headcount_participant",
        "headcount_key", "party", "party_dungeon", "organizer_panel", "key_logging_session",
        "key_logging_entry", "modmail_draft", "gateway_session", "command_registration",
        "interaction_receipt", "outbox", "dm_conversation", "dm_message_seen",
        "quota_total_day", "quota_total_member", "quota_period_result", "quota_ledger_version",
        "verification_log_thread", "verification_log_entry",
    ]
    /// Settings of features beyond the incumbent.
    static let beyondTables: Set<String> = ["guild_modmail_config"]

    @Test("the schema holds exactly the incumbent's tables plus the restart-state and beyond-the-incumbent tables, all STRICT")
    func tablesAreTheDesignedSetAndStrict() async throws {
        try await withMigratedDatabase { database in
            let tables = try await database.read { connection in
                try connection.fetchAll(
                    "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                        + "AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'", arguments: []
                ) { (try $0.get(0, as: String.self), try $0.get(1, as: Int.self)) }
            }
            #expect(Set(tables.map(\.0)) == Self.incumbentTables.union(Self.restartTables).union(Self.beyondTables))
            #expect(Self.incumbentTables.count == 28)
            #expect(tables.filter { $0.1 != 1 }.map(\.0) == [], "tables that are not STRICT")
        }
    }

    @Test("each index of migration 045 keeps its name and columns", arguments: IndexExpectation.migration045)
    func migration045IndexKept(_ expected: IndexExpectation) async throws {
        try await withMigratedDatabase { database in
            let (table, sql, columns) = try await database.read { connection in
                let row = try connection.fetchOne(
                    "SELECT tbl_name, sql FROM sqlite_schema WHERE type = 'index' AND name = ?1", expected.name
                ) { (try $0.get(0, as: String.self), try $0.get(1, as: String.self)) }
                let columns = try connection.fetchAll(
                    "SELECT name FROM pragma_index_info(?1) ORDER BY seqno", arguments: [.text(expected.name)]
                ) { try $0.get(0, as: String.self) }
                return (row?.0, row?.1, columns)
            }
            #expect(table == expected.table)
            #expect(columns == expected.columns)
            if let predicate = expected.predicate {
                #expect(sql?.contains(predicate) == true, "\(expected.name): \(sql ?? "missing")")
            } else {
                #expect(sql?.contains(" WHERE ") == false, "\(expected.name) should not be partial")
            }
        }
    }

    @Test("the role and channel catalogs are seeded with the incumbent's keys")
    func catalogsSeeded() async throws {
        try await withMigratedDatabase { database in
            let (roles, channels) = try await database.read { connection in
                (try connection.fetchAll("SELECT role_key FROM role_catalog", arguments: []) { try $0.get(0, as: String.self) },
                 try connection.fetchAll("SELECT channel_key FROM channel_catalog", arguments: []) { try $0.get(0, as: String.self) })
            }
            #expect(Set(roles) == ["administrator", "moderator", "head_organizer", "officer", "security", "organizer",
                                   "team", "verified_raider", "suspended", "muted"])
            #expect(Set(channels) == ["raid", "veri_log", "manual_verification", "getverified", "punishment_log",
                                      "raid_log", "quota", "bot_log", "staff_updates", "modmail", "role_ping",
                                      "party_finder", "early_loc"])
        }
    }

    @Test("duplicate and unread incumbent indexes are gone")
    func duplicateIndexesDropped() async throws {
        try await withMigratedDatabase { database in
            let names = try await database.read { connection in
                try connection.fetchAll("SELECT name FROM sqlite_schema WHERE type = 'index'", arguments: []) {
                    try $0.get(0, as: String.self)
                }
            }
            let dropped = ["idx_key_reaction_key_type", "idx_quota_event_actor", "idx_reaction_run",
                           "idx_reaction_run_join", "idx_run_guild", "idx_run_status", "idx_raider_guild",
                           "idx_quota_event_guild", "idx_quota_event_quota_points", "idx_key_pop_snapshot_run",
                           "idx_quota_event_guild_created", "idx_quota_event_guild_user"]
            #expect(Set(names).isDisjoint(with: dropped), "still present: \(Set(names).intersection(dropped))")
            let commandLogIndexes = try await database.read { connection in
                try connection.fetchValue("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'command_log'", as: Int.self)
            }
            #expect(commandLogIndexes == 0)
        }
    }
}

/// Opens a migrated, empty database in its own temporary folder for `body`, then removes it.
func withMigratedDatabase(_ body: (Database) async throws -> Void) async throws {
    let folder = try SchemaTestDatabase.temporaryFolder()
    defer { folder.remove() }
    let database = try SchemaTestDatabase.open(in: folder)
    do {
        try await body(database)
    } catch {
        await database.close()
        throw error
    }
    await database.close()
}
