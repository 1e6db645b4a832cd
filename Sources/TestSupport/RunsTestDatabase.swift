import RaidDomain
import RunsFeature
import Storage
import Testing

/// A temporary database for the run and headcount store tests, with shortcuts for their fixtures.
public struct RunsTestDatabase: Sendable {
    /// The guild every fixture lives in.
    public static let guildID: UInt64 = 111
    private let temporary: TemporaryDatabase
    /// The open database.
    public var database: Database { temporary.database }
    /// The run store over it.
    public var store: RunStore { RunStore(database: database, guildID: Self.guildID) }

    /// Opens a fresh database with the bundled schema.
    public init() throws { temporary = try TemporaryDatabase(prefix: "runs") }

    /// Closes the database and removes its folder.
    public func close() async { await temporary.remove() }

    /// The integer the query returns (-1 when it returns nothing).
    public func count(_ sql: String) async throws -> Int { try await temporary.count(sql) }

    /// Subjects of the run_completed events, sorted.
    public func subjects() async throws -> [String] {
        try await database.read {
            try $0.fetchAll("SELECT subject_id FROM quota_event ORDER BY subject_id") { try $0.get(0, as: String.self) }
        }
    }

    /// A quota configuration: `role` earns `hundredths` per non-exalt run.
    public func configureQuota(role: UInt64, hundredths: Int64, at now: Timestamp) async throws {
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
    public func suspend(_ user: UInt64, until: Timestamp) async throws {
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
public enum RunsFixture {
    public static let organizer = MemberID(1)
    public static let staffRole = RoleID(900)
    public static let start = Timestamp(unixMilliseconds: 1_700_000_000_000)

    public static func draft(_ code: String = "SNAKE_PIT", organizer: MemberID = organizer, party: String? = nil,
                      location: String? = nil) -> RunDraft {
        guard case .success(let draft) = RunDraft.make(organizer: organizer, dungeonCode: code, party: party,
                                                       location: location) else { fatalError("bad draft") }
        return draft
    }

    public static func at(seconds: Int64) -> Timestamp { start.adding(seconds: seconds) }

    public static var actor: RunActor { RunActor(member: organizer, isStaff: false) }
}

extension Result {
    /// The success value, or a recorded issue.
    public func expectSuccess(sourceLocation: SourceLocation = #_sourceLocation) throws -> Success {
        switch self {
        case .success(let value): return value
        case .failure(let error):
            Issue.record("expected success, got \(error)", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// The failure, or nil with a recorded issue.
    public func failure(sourceLocation: SourceLocation = #_sourceLocation) -> Failure? {
        if case .failure(let error) = self { return error }
        Issue.record("expected a refusal", sourceLocation: sourceLocation)
        return nil
    }
}
