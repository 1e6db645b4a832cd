import DiscordModels
import FeatureKit
import Storage

/// One verification event for `veri_log` (§7.8): a line in the member's verification thread.
struct VerificationLogEvent: Hashable, Sendable {
    let userID: Snowflake
    /// The member's tag when known (read from Discord when the line is posted otherwise).
    let tag: String?
    let message: String
    /// Drawn red with ❌ rather than 📝.
    let isFailure: Bool
    /// An image shown with the line (a screenshot).
    let image: String?

    init(_ userID: Snowflake, tag: String?, _ message: String, isFailure: Bool = false, image: String? = nil) {
        self.userID = userID
        self.tag = tag
        self.message = String(message.prefix(2000))
        self.isFailure = isFailure
        self.image = image
    }

    /// The incumbent's rule: a line saying "verification started" opens a new thread.
    var startsThread: Bool { message.lowercased().contains("verification started") }
}

/// A recorded line not posted yet.
struct VerificationLogEntry: Hashable, Sendable {
    let id: Int64
    let event: VerificationLogEvent
    let startsThread: Bool
    let createdAt: Int64
}

/// The veri_log lines and each member's newest thread. A line is written in the transaction of the
/// state change it reports, with an outbox `redraw` of `veri_log:<user>`; `VerificationLogPoster`
/// posts it.
struct VerificationLogStore: Sendable {
    /// The outbox panel kind.
    static let panelKind = "veri_log"

    let database: Database

    /// The outbox panel of `userID`'s lines.
    static func panel(_ userID: Snowflake) -> String { "\(panelKind):\(userID)" }

    /// Records `event` inside the caller's transaction.
    static func record(_ event: VerificationLogEvent, guild: Snowflake, _ connection: Connection, now: Int64) throws {
        try connection.execute(Queries.insert, guild, event.userID, event.tag.map { String($0.prefix(100)) }, event.message,
                               event.isFailure ? 1 : 0, event.startsThread ? 1 : 0, event.image, now)
        try Outbox.enqueue([.redraw(panel: panel(event.userID))], connection, now: now)
    }

    /// Records `event` in a transaction of its own.
    func record(_ event: VerificationLogEvent, guild: Snowflake, now: Int64) async throws {
        try await database.write { try Self.record(event, guild: guild, $0, now: now) }
    }

    /// `userID`'s lines not posted yet, oldest first.
    func unposted(_ userID: Snowflake) async throws -> [VerificationLogEntry] {
        try await database.read { connection in
            try connection.fetchAll(Queries.unposted, userID) { row in
                VerificationLogEntry(
                    id: try row.get(0, as: Int64.self),
                    event: VerificationLogEvent(userID, tag: try row.get(1, as: String?.self), try row.get(2, as: String.self),
                                                isFailure: try row.get(3, as: Int.self) == 1, image: try row.get(5, as: String?.self)),
                    startsThread: try row.get(4, as: Int.self) == 1, createdAt: try row.get(6, as: Int64.self))
            }
        }
    }

    /// The line is in Discord (or was skipped).
    func markPosted(_ id: Int64, now: Int64) async throws {
        try await database.write { _ = try $0.execute(Queries.markPosted, id, now) }
    }

    /// The member's newest verification thread, if one was opened.
    func thread(guild: Snowflake, user: Snowflake) async throws -> Snowflake? {
        try await database.fetchValue(Queries.thread, guild, user, as: Snowflake.self)
    }

    /// Remembers the member's newest thread.
    func setThread(_ thread: Snowflake, guild: Snowflake, user: Snowflake, now: Int64) async throws {
        try await database.write { _ = try $0.execute(Queries.setThread, guild, user, thread, now) }
    }

    /// Deletes posted lines older than `cutoff`.
    func sweep(before cutoff: Int64) async throws -> Int {
        try await database.write { try $0.execute(Queries.sweep, cutoff) }
    }

    enum Queries {
        /// (guild, user, tag, message, failure, starts thread, image, now)
        static let insert = """
            INSERT INTO verification_log_entry (guild_id, user_id, user_tag, message, is_failure, starts_thread, image_url,
                created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """
        /// (user)
        static let unposted = """
            SELECT id, user_tag, message, is_failure, starts_thread, image_url, created_at FROM verification_log_entry
            WHERE user_id = ?1 AND posted_at IS NULL ORDER BY id
            """
        /// (id, now)
        static let markPosted = "UPDATE verification_log_entry SET posted_at = ?2 WHERE id = ?1"
        /// (guild, user)
        static let thread = "SELECT thread_id FROM verification_log_thread WHERE guild_id = ?1 AND user_id = ?2"
        /// (guild, user, thread, now)
        static let setThread = """
            INSERT INTO verification_log_thread (guild_id, user_id, thread_id, created_at) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (guild_id, user_id) DO UPDATE SET thread_id = excluded.thread_id, created_at = excluded.created_at
            """
        /// (cutoff)
        static let sweep = "DELETE FROM verification_log_entry WHERE posted_at IS NOT NULL AND posted_at < ?1"
    }
}
