import RaidDomain
import Storage

/// Manual entries (§5.6): `/logrun`, `/addpoints` and `/addquotapoints`. A removal never takes a
/// member's all-time total below zero; the totals it is checked against are the maintained ones
/// (`quota_total_member`), read in the same transaction as the write.
extension PointsLedger {
    /// (guild, actor, subject, dungeon or NULL, points, quota points, quota role or NULL, now)
    static let manualEntrySQL = """
        INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, dungeon_key, points, quota_points,
                                 quota_role_id, created_at)
        VALUES (?1, ?2, 'run_completed', ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING
        """

    /// A member's all-time points and quota points. (guild, user)
    static let memberTotalsSQL = """
        SELECT COALESCE(SUM(points), 0), COALESCE(SUM(quota_points), 0) FROM quota_total_member
        WHERE guild_id = ?1 AND user_id = ?2
        """

    /// A member's all-time (points, quota points).
    public func totals(of member: MemberID) throws -> (points: Points, quotaPoints: Points) {
        try connection.fetchOne(Self.memberTotalsSQL, guildID, member.rawValue) {
            (Points(hundredths: try $0.get(0, as: Int64.self)), Points(hundredths: try $0.get(1, as: Int64.self)))
        } ?? (.zero, .zero)
    }

    /// Logs `count` runs of `dungeon` organized by `organizer` (negative removes), priced by the
    /// first of the actor's `roles` with a quota configuration (§5.3). Nil when none of them has
    /// one; `.zero` quota points when the removal found nothing left to remove.
    public func logRuns(_ organizer: MemberID, count: Int, dungeon: Dungeon, actorRoles roles: Set<RoleID>,
                        positions: [RoleID: Int] = [:]) throws -> ManualEntry? {
        guard let award = OrganizerQuota.award(for: dungeon, configs: try quotaConfigs(for: dungeon.code),
                                               memberRoles: roles, rolePositions: positions) else { return nil }
        let asked = award.points * count
        let amount = asked.clampedSoTotalStaysNonNegative(total: try totals(of: organizer).quotaPoints)
        let subject = QuotaSubject.manualRunLog(at: now, organizer: organizer, count: count)
        let written = try insert(organizer, subject, dungeon: dungeon.code, points: .zero, quotaPoints: amount,
                                 role: award.roleID)
        return ManualEntry(amount: amount, roleID: award.roleID, written: written)
    }

    /// Adds `amount` raider points to `member` (`/addpoints`), clamped at a zero total.
    public func adjustPoints(_ member: MemberID, by amount: Points) throws -> ManualEntry {
        let clamped = amount.clampedSoTotalStaysNonNegative(total: try totals(of: member).points)
        let written = try insert(member, .pointsAdjustment(at: now, member: member), dungeon: nil, points: clamped,
                                 quotaPoints: .zero, role: nil)
        return ManualEntry(amount: clamped, roleID: nil, written: written)
    }

    /// Adds `amount` quota points to `member` under quota role `role` (`/addquotapoints`), clamped
    /// at a zero total; the role decides which quota panel counts them.
    public func adjustQuotaPoints(_ member: MemberID, by amount: Points, role: RoleID) throws -> ManualEntry {
        let clamped = amount.clampedSoTotalStaysNonNegative(total: try totals(of: member).quotaPoints)
        let written = try insert(member, .quotaAdjustment(at: now, member: member), dungeon: nil, points: .zero,
                                 quotaPoints: clamped, role: role)
        return ManualEntry(amount: clamped, roleID: role, written: written)
    }

    /// Inserts one manual event unless it is worth nothing; false when the same subject exists.
    private func insert(_ member: MemberID, _ subject: QuotaSubject, dungeon: DungeonCode?, points: Points,
                        quotaPoints: Points, role: RoleID?) throws -> Bool {
        guard !(points.isZero && quotaPoints.isZero) else { return true }
        let written = try connection.execute(Self.manualEntrySQL, guildID, member.rawValue, subject.description,
                                             dungeon?.rawValue, points.hundredths, quotaPoints.hundredths,
                                             role?.rawValue, now.unixMilliseconds) == 1
        if written, let role, !quotaPoints.isZero { try redrawQuotaPanel(role) }
        return written
    }
}

/// What one manual entry wrote.
public struct ManualEntry: Hashable, Sendable {
    /// The amount written after the zero-total clamp (zero when nothing was left to remove).
    public let amount: Points
    /// The quota role it counts for, if any.
    public let roleID: RoleID?
    /// False when an identical entry (same member, same millisecond) already existed.
    public let written: Bool
}
