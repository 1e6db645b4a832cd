import DiscordModels
import FeatureKit
import RaidDomain
import Storage

/// The quota configuration of one guild's roles, read and edited by the config panel. Every edit is
/// one write transaction that creates the row if needed, changes only its own fields and reads the
/// result back, so two admins submitting at once end in one consistent row (the writer runs one
/// transaction at a time), and the panel shows exactly what the transaction left.
/// Edits that change what the role's leaderboard panel shows queue its redraw in their own
/// transaction (§5.7), and wake the outbox once committed.
struct QuotaConfigEditor: Sendable {
    let database: Database
    let guildID: UInt64
    let outbox: Outbox

    init(_ services: QuotaServices) {
        database = services.database
        guildID = services.guildID.rawValue
        outbox = services.environment.outbox
    }

    /// The role's configuration, nil when it has none.
    func record(_ role: RoleID) async throws -> QuotaConfigRecord? {
        let guildID = guildID
        return try await database.read { try Self.record(role, guildID: guildID, $0) }
    }

    /// The roles that have a configuration, by id.
    func roles() async throws -> [RoleID] {
        let guildID = guildID
        return try await database.read { try Self.roles(guildID: guildID, $0) }
    }

    /// Every role's configuration (the quota panels and their task), by role id.
    func records() async throws -> [QuotaConfigRecord] {
        let guildID = guildID
        return try await database.read { connection in
            try Self.roles(guildID: guildID, connection).compactMap { try Self.record($0, guildID: guildID, connection) }
        }
    }

    /// Applies `change` to the role (creating its configuration with defaults) and returns the result.
    func apply(_ change: QuotaConfigChange, to role: RoleID, now: Timestamp) async throws -> QuotaConfigRecord {
        let guildID = guildID
        let record = try await database.write { connection in
            let at = now.unixMilliseconds
            try FirstContact.ensureGuild(connection, Snowflake(guildID), now: at)
            try connection.execute(QuotaConfigQueries.ensure, guildID, role.rawValue, at)
            try Self.write(change, role: role.rawValue, guildID: guildID, at: at, connection)
            try Self.redrawPanel(role, connection, at: at)
            guard let record = try Self.record(role, guildID: guildID, connection) else {
                preconditionFailure("quota config of \(role) vanished inside its own transaction")
            }
            return record
        }
        outbox.nudge()
        return record
    }

    /// Reset Panel: a fresh week from `now`, the panel forgotten. Returns the configuration before,
    /// whose panel message is to be deleted; nil when the role has none.
    func resetPeriod(_ role: RoleID, now: Timestamp) async throws -> QuotaConfigRecord? {
        let guildID = guildID
        let before = try await replace(role) {
            try Self.redrawPanel(role, $0, at: now.unixMilliseconds)
            return try $0.execute(QuotaConfigQueries.resetPeriod, guildID, role.rawValue, now.unixMilliseconds)
        }
        outbox.nudge()
        return before
    }

    /// Delete Quota: the configuration and its overrides; the ledger keeps its events. Returns the
    /// configuration deleted; nil when there was none.
    func delete(_ role: RoleID) async throws -> QuotaConfigRecord? {
        let guildID = guildID
        return try await replace(role) { try $0.execute(QuotaConfigQueries.delete, guildID, role.rawValue) }
    }

    /// Update Panel: re-prices the role's current period by its configuration, in one transaction.
    func reprice(_ role: RoleID, now: Timestamp) async throws -> (QuotaPeriod, Repricing)? {
        let guildID = guildID
        let result = try await database.write { connection -> (QuotaPeriod, Repricing)? in
            guard let record = try Self.record(role, guildID: guildID, connection) else { return nil }
            let period = QuotaPeriod.window(periodStart: record.periodStart, resetAt: record.resetAt, at: now)
            let ledger = PointsLedger(connection, guildID: guildID, now: now)
            guard let repricing = try ledger.reprice(role: role, from: period.start, until: period.end) else { return nil }
            try Self.redrawPanel(role, connection, at: now.unixMilliseconds)
            return (period, repricing)
        }
        outbox.nudge()
        return result
    }

    /// Queues a redraw of the role's leaderboard panel (posting one when it has none).
    private static func redrawPanel(_ role: RoleID, _ connection: Connection, at: Int64) throws {
        try Outbox.enqueue([.redraw(panel: PointsLedger.quotaPanel(role))], connection, now: at)
    }

    /// Reads the row, then runs `change` over it, in one transaction; nil (nothing run) without a row.
    private func replace(_ role: RoleID, _ change: @escaping @Sendable (Connection) throws -> Int)
        async throws -> QuotaConfigRecord? {
        let guildID = guildID
        return try await database.write { connection in
            guard let before = try Self.record(role, guildID: guildID, connection) else { return nil }
            _ = try change(connection)
            return before
        }
    }

    private static func write(_ change: QuotaConfigChange, role: UInt64, guildID: UInt64, at: Int64,
                              _ connection: Connection) throws {
        switch change {
        case .basic(let required, let start, let reset, let rollover):
            try connection.execute(QuotaConfigQueries.basic, guildID, role, required.hundredths, start.unixMilliseconds,
                                   reset.unixMilliseconds, rollover.map { Int64($0.weekHour) }, at)
        case .base(let exalt, let nonExalt):
            try connection.execute(QuotaConfigQueries.base, guildID, role, exalt.hundredths, nonExalt.hundredths, at)
        case .moderation(let values):
            let points = QuotaConfigRecord.editableModeration.map { values[$0]?.hundredths ?? 0 }
            try connection.execute(QuotaConfigQueries.moderation, guildID, role, points[0], points[1], points[2], points[3],
                                   points[4], at)
        case .override(let dungeon, let points?):
            try connection.execute(QuotaConfigQueries.setOverride, guildID, role, dungeon.rawValue, points.hundredths, at)
        case .override(let dungeon, nil):
            try connection.execute(QuotaConfigQueries.removeOverride, guildID, role, dungeon.rawValue)
        }
    }

    private static func roles(guildID: UInt64, _ connection: Connection) throws -> [RoleID] {
        try connection.fetchAll(QuotaConfigQueries.roles, guildID) { RoleID(try $0.get(0, as: UInt64.self)) }
    }

    private static func record(_ role: RoleID, guildID: UInt64, _ connection: Connection) throws -> QuotaConfigRecord? {
        let overrides = Dictionary(try connection.fetchAll(QuotaConfigQueries.overrides, guildID, role.rawValue) {
            (DungeonCode(try $0.get(0, as: String.self)), Points(hundredths: try $0.get(1, as: Int64.self)))
        }, uniquingKeysWith: max)
        return try connection.fetchOne(QuotaConfigQueries.select, guildID, role.rawValue) { row in
            func points(_ index: Int) throws -> Points { Points(hundredths: try row.get(index, as: Int64.self)) }
            let actions: [ModerationAction] = [.verify, .warn, .suspend, .modmailReply, .editname, .addnote]
            var moderation: [ModerationAction: Points] = [:]
            for (offset, action) in actions.enumerated() { moderation[action] = try points(7 + offset) }
            return QuotaConfigRecord(
                roleID: role, requiredPoints: try points(0),
                periodStart: Timestamp(unixMilliseconds: try row.get(1, as: Int64.self)),
                resetAt: Timestamp(unixMilliseconds: try row.get(2, as: Int64.self)),
                rollover: try row.get(3, as: Int64?.self).flatMap { WeeklyRollover(weekHour: Int($0)) },
                panelMessageID: try row.get(4, as: Int64?.self).map { UInt64($0) },
                baseExalt: try points(5), baseNonExalt: try points(6), moderation: moderation, overrides: overrides)
        }
    }
}
