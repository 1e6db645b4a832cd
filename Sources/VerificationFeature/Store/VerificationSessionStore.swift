import DiscordModels
import FeatureKit
import Storage

/// The session rows of self-service verification: one use case per method, one transaction each.
public struct VerificationSessionStore: Sendable {
    /// A pending session lives an hour (§7.1).
    public static let pendingLifetime: Int64 = 60 * 60_000
    /// A session in review lives 7 days.
    public static let reviewLifetime: Int64 = 7 * 24 * 60 * 60_000

    let database: Database

    /// The store over `database`.
    public init(database: Database) { self.database = database }

    /// Starts (or restarts) the member's session at `pending_ign`, expiring an hour from `now`.
    public func start(guild: Snowflake, user: Snowflake, now: Int64) async throws {
        try await database.write { _ = try $0.execute(VerificationSessionQueries.start, guild, user, now, now + Self.pendingLifetime) }
    }

    /// Records the IGN and the drawn code; false when the session is no longer waiting for them.
    public func awaitRealmEye(guild: Snowflake, user: Snowflake, ign: String, code: String, now: Int64) async throws -> Bool {
        try await database.write { try $0.execute(VerificationSessionQueries.awaitRealmEye, guild, user, ign, code, now) == 1 }
    }

    /// Records the manual method's IGN; false when the session is no longer waiting for it.
    public func awaitScreenshot(guild: Snowflake, user: Snowflake, ign: String, now: Int64) async throws -> Bool {
        try await database.write { try $0.execute(VerificationSessionQueries.awaitScreenshot, guild, user, ign, now) == 1 }
    }

    /// Records the screenshot and its ticket; the session is in review for 7 days.
    public func submitScreenshot(guild: Snowflake, user: Snowflake, url: String, ticket: Snowflake, now: Int64) async throws -> Bool {
        try await database.write {
            try $0.execute(VerificationSessionQueries.submitScreenshot, guild, user, url, ticket, now, now + Self.reviewLifetime) == 1
        }
    }

    /// Whether another member holds `ign` as main or alt (case-insensitive).
    public func ignHeldByAnother(_ ign: String, guild: Snowflake, user: Snowflake) async throws -> Bool {
        (try await database.fetchValue(VerificationSessionQueries.holder, guild, ign, user, as: Snowflake.self)) != nil
    }

    /// Ends an in-progress session as `status`; `pending_review` extends it to 7 days. False when
    /// it was not in progress (a double press, or expired meanwhile).
    public func settle(guild: Snowflake, user: Snowflake, as status: VerificationSession.Status, now: Int64) async throws -> Bool {
        let expires = status == .pendingReview ? now + Self.reviewLifetime : now
        return try await database.write {
            try $0.execute(VerificationSessionQueries.settle, guild, user, status.rawValue, now, expires) == 1
        }
    }

    /// Records a reviewer's decision (`verified` or `denied` with a reason) on a session in review;
    /// false when it is not in review any more (decided already, or restarted).
    public func review(guild: Snowflake, user: Snowflake, as status: VerificationSession.Status, reviewer: Snowflake,
                       reason: String?, now: Int64) async throws -> Bool {
        try await database.write {
            try $0.execute(VerificationSessionQueries.review, guild, user, status.rawValue, reviewer, reason, now) == 1
        }
    }

    /// The member's session, if any.
    public func session(guild: Snowflake, user: Snowflake) async throws -> VerificationSession? {
        try await database.read { connection in
            try connection.fetchOne(VerificationSessionQueries.session, guild, user) { row in
                VerificationSession(status: VerificationSession.Status(rawValue: try row.get(0, as: String.self)) ?? .expired,
                                    ign: try row.get(1, as: String?.self), code: try row.get(2, as: String?.self),
                                    expiresAt: try row.get(3, as: Int64.self))
            }
        }
    }

    /// Expires every session of both kinds past its deadline at `now`, in one transaction; the counts are
    /// the rows really changed. A custom-role ticket of an expired session is marked through the outbox.
    public func expire(now: Int64) async throws -> ExpiredSessionCounts {
        try await database.write { connection in
            let tickets = try connection.fetchAll(VerificationSessionQueries.expiringCustomRoleTickets, now) { try $0.get(0, as: Int64.self) }
            let counts = ExpiredSessionCounts(
                verification: try connection.execute(VerificationSessionQueries.expireSessions, now),
                customRole: try connection.execute(VerificationSessionQueries.expireCustomRoleSessions, now))
            try Outbox.enqueue(tickets.map { OutboxItem.redraw(panel: CustomRoleSessionStore.ticketPanel($0)) }, connection, now: now)
            return counts
        }
    }
}
