import RaidDomain
import Storage

/// The only code that writes `quota_event` (§5.2): raider completions, organizer quota and logged
/// key pops, each inside the caller's transaction and idempotent by subject (the unique index on
/// `quota_event(guild_id, subject_id)`). Every point value comes from the guild's configuration or
/// from `PointDefaults`, nowhere else.
public struct PointsLedger {
    public let connection: Connection
    public let guildID: UInt64
    let now: Timestamp

    /// The ledger of `guildID`, written through `connection` at `now`.
    public init(_ connection: Connection, guildID: UInt64, now: Timestamp) {
        self.connection = connection
        self.guildID = guildID
        self.now = now
    }

    /// The raider completion points of `dungeon`: configured, else `PointDefaults.raiderCompletion`.
    public func raiderCompletionPoints(_ dungeon: DungeonCode) throws -> Points {
        PointDefaults.raiderCompletion(configured: try configured(PointsLedgerQueries.raiderPoints, dungeon))
    }

    /// The points per key of `dungeon`: configured, else `PointDefaults.keyPop`.
    public func keyPopPoints(_ dungeon: DungeonCode) throws -> Points {
        PointDefaults.keyPop(configured: try configured(PointsLedgerQueries.keyPopPoints, dungeon))
    }

    /// The configured value `sql` reads for `dungeon`, if the guild set one.
    private func configured(_ sql: String, _ dungeon: DungeonCode) throws -> Points? {
        try connection.fetchOne(sql, guildID, dungeon.rawValue, map: { Points(hundredths: try $0.get(0, as: Int64.self)) })
    }

    /// Credits the raiders of key-pop snapshot `pop` not credited yet, then marks the snapshot
    /// awarded. Returns the events written.
    public func creditSnapshot(run: RunID, pop: Int, dungeon: DungeonCode) throws -> Int {
        let points = try raiderCompletionPoints(dungeon)
        let written = points.hundredths > 0
            ? try connection.execute(PointsLedgerQueries.creditSnapshot, run.rawValue, pop, points.hundredths,
                                     now.unixMilliseconds)
            : 0
        try connection.execute(PointsLedgerQueries.markSnapshotCredited, run.rawValue, pop, now.unixMilliseconds)
        return written
    }

    /// Credits every raider joined to a run that ended without key pops, once each.
    public func creditJoinedRaiders(run: RunID, dungeon: DungeonCode) throws -> Int {
        let points = try raiderCompletionPoints(dungeon)
        guard points.hundredths > 0 else { return 0 }
        return try connection.execute(PointsLedgerQueries.creditJoinedRaiders, run.rawValue, points.hundredths,
                                      now.unixMilliseconds)
    }

    /// Credits an organizer's quota for `subject` under the quota role that priced it.
    public func creditOrganizer(_ organizer: MemberID, subject: QuotaSubject, dungeon: DungeonCode,
                                award: OrganizerQuotaAward) throws -> Int {
        let written = try connection.execute(PointsLedgerQueries.creditOrganizer, guildID, organizer.rawValue,
                                             subject.description, dungeon.rawValue, award.points.hundredths,
                                             award.roleID.rawValue, now.unixMilliseconds)
        if written > 0 { try redrawQuotaPanel(award.roleID) }
        return written
    }

    /// The outbox target of quota role `role`'s leaderboard panel (drawn by the quota feature).
    public static func quotaPanel(_ role: RoleID) -> String { "\(quotaPanelKind):\(role.rawValue)" }

    /// The outbox's name for quota leaderboard panels.
    public static let quotaPanelKind = "quota"

    /// Queues a redraw of `role`'s quota panel in this transaction: every write of quota points
    /// comes through here, so every trigger of §5.7 (run end, `/logrun`, moderation points,
    /// `/addquotapoints`) refreshes the panel without its caller knowing about panels. The outbox
    /// coalesces repeated redraws; the caller nudges it after the commit.
    func redrawQuotaPanel(_ role: RoleID) throws {
        try Outbox.enqueue([.redraw(panel: Self.quotaPanel(role))], connection, now: now.unixMilliseconds)
    }

    /// Logs `count` popped keys of `dungeon` for `member` (negative removes, at most the keys the
    /// member has): the ledger event at the dungeon's key-pop points per key, clamped so the
    /// member's total points stay at or above zero, and the member's key count. Nil when the same
    /// entry was already logged.
    public func logKeyPops(_ member: MemberID, count: Int, dungeon: DungeonCode) throws -> Points? {
        let asked = Points(hundredths: try keyPopPoints(dungeon).hundredths * Int64(count))
        let points = asked.clampedSoTotalStaysNonNegative(total: try totals(of: member).points)
        let subject = QuotaSubject.keyPopLog(at: now, member: member, count: count).description
        guard try connection.execute(PointsLedgerQueries.logKeyPop, guildID, member.rawValue, subject, dungeon.rawValue,
                                     points.hundredths, now.unixMilliseconds) == 1 else { return nil }
        try connection.execute(PointsLedgerQueries.countKeyPops, guildID, member.rawValue, dungeon.rawValue, count,
                               now.unixMilliseconds)
        return points
    }

    /// The keys of `dungeon` the member has popped, as counted by key logging.
    public func keyCount(_ member: MemberID, dungeon: DungeonCode) throws -> Int {
        try connection.fetchValue(PointsLedgerQueries.keyCount, guildID, member.rawValue, dungeon.rawValue, as: Int.self) ?? 0
    }
}
