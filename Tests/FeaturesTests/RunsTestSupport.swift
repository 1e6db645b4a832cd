import Foundation
import RaidDomain
import Storage
import Testing
@testable import Features

/// A real SQLite file with the bundled schema in its own temporary folder, plus shortcuts.
struct RunsTestDatabase {
    static let guildID: UInt64 = 111
    let folder: String
    let database: Database
    var store: RunStore { RunStore(database: database, guildID: Self.guildID) }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("runs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        database = try Database(configuration: DatabaseConfiguration(path: "\(folder)/raidbot.sqlite", readerCount: 2,
                                                                     synchronous: .normal),
                                migrations: try Migration.bundled)
    }

    func close() async {
        await database.close()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Counts rows of a query returning one integer.
    func count(_ sql: String) async throws -> Int {
        try await database.read { try $0.fetchValue(sql, as: Int.self) ?? -1 }
    }

    /// Subjects of the run_completed events, sorted.
    func subjects() async throws -> [String] {
        try await database.read {
            try $0.fetchAll("SELECT subject_id FROM quota_event ORDER BY subject_id") { try $0.get(0, as: String.self) }
        }
    }

    /// A quota configuration: `role` earns `hundredths` per non-exalt run.
    func configureQuota(role: UInt64, hundredths: Int64, at now: Timestamp) async throws {
        let guildID = Self.guildID
        try await database.write { connection in
            try connection.execute("INSERT INTO guild (id, name, created_at) VALUES (?1, 'g', ?2) ON CONFLICT DO NOTHING",
                                   guildID, now.unixMilliseconds)
            try connection.execute("""
                INSERT INTO quota_role_config (guild_id, discord_role_id, period_start_at, reset_at,
                    base_exalt_points, base_non_exalt_points, updated_at) VALUES (?1, ?2, 0, 0, ?3, ?3, 0)
                """, guildID, role, hundredths)
        }
    }

    /// An active suspension of `user` until `until`.
    func suspend(_ user: UInt64, until: Timestamp) async throws {
        let guildID = Self.guildID
        try await database.write {
            try $0.execute("""
                INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, expires_at, active, created_at)
                VALUES ('0123456789abcdef01234567', ?1, ?2, 1, 'suspend', 'test', ?3, 1, 0)
                """, guildID, user, until.unixMilliseconds)
        }
    }
}

/// Builders for the tests' runs.
enum RunsFixture {
    static let organizer = MemberID(1)
    static let staffRole = RoleID(900)
    static let start = Timestamp(unixMilliseconds: 1_700_000_000_000)

    static func draft(_ code: String = "SNAKE_PIT", organizer: MemberID = organizer, party: String? = nil,
                      location: String? = nil) -> RunDraft {
        guard case .success(let draft) = RunDraft.make(organizer: organizer, dungeonCode: code, party: party,
                                                       location: location) else { fatalError("bad draft") }
        return draft
    }

    static func at(seconds: Int64) -> Timestamp { start.adding(seconds: seconds) }

    static var actor: RunActor { RunActor(member: organizer, isStaff: false) }
}

extension Result {
    /// The success value, or a recorded issue.
    func expectSuccess(sourceLocation: SourceLocation = #_sourceLocation) throws -> Success {
        switch self {
        case .success(let value): return value
        case .failure(let error):
            Issue.record("expected success, got \(error)", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// The failure, or nil with a recorded issue.
    func failure(sourceLocation: SourceLocation = #_sourceLocation) -> Failure? {
        if case .failure(let error) = self { return error }
        Issue.record("expected a refusal", sourceLocation: sourceLocation)
        return nil
    }
}
