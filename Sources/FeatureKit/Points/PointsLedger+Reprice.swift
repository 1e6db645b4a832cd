import RaidDomain
import Storage

/// Re-pricing a quota window (§5.7 "Update Panel"): every organizer credit of one quota role inside
/// the window is set to what the role's current configuration says it is worth. A manual `/logrun`
/// event is priced at its count times the run value (the incumbent priced it as one run, defect 7).
/// Removals (negative events) and adjustments without a dungeon keep their amount. The totals
/// triggers of migration 0006 follow every update, so totals stay equal to the ledger.
extension PointsLedger {
    /// The credits a window re-pricing considers. (guild, role, start, end)
    static let repriceCandidatesSQL = """
        SELECT id, subject_id, dungeon_key, quota_points FROM quota_event
        WHERE guild_id = ?1 AND quota_role_id = ?2 AND action_type = 'run_completed' AND quota_points > 0
          AND dungeon_key IS NOT NULL AND created_at >= ?3 AND created_at < ?4
        """
    /// (quota points, event id)
    static let repriceEventSQL = "UPDATE quota_event SET quota_points = ?1 WHERE id = ?2"
    /// One role's base values. (guild, role)
    static let roleBaseSQL = """
        SELECT base_exalt_points, base_non_exalt_points FROM quota_role_config WHERE guild_id = ?1 AND discord_role_id = ?2
        """
    /// One role's overrides. (guild, role)
    static let roleOverridesSQL = """
        SELECT dungeon_key, points FROM quota_dungeon_override WHERE guild_id = ?1 AND discord_role_id = ?2
        """

    /// Re-prices `role`'s organizer credits in `[start, end)` by its configuration as it stands in
    /// this transaction; nil when the role has no configuration.
    public func reprice(role: RoleID, from start: Timestamp, until end: Timestamp) throws -> Repricing? {
        guard let config = try pricing(of: role) else { return nil }
        let events = try connection.fetchAll(Self.repriceCandidatesSQL, guildID, role.rawValue, start.unixMilliseconds,
                                             end.unixMilliseconds) { row in
            (id: try row.get(0, as: Int64.self), subject: try row.get(1, as: String?.self) ?? "",
             dungeon: DungeonCode(try row.get(2, as: String.self)), points: Points(hundredths: try row.get(3, as: Int64.self)))
        }
        var result = Repricing(considered: events.count, changed: 0, delta: .zero)
        for event in events {
            guard let dungeon = Dungeon.named(event.dungeon) else { continue }
            let runs = LedgerRunCount.runs(subject: event.subject, amount: event.points)
            let price = config.value(of: dungeon) * runs
            guard price != event.points else { continue }
            try connection.execute(Self.repriceEventSQL, price.hundredths, event.id)
            result.changed += 1
            result.delta = result.delta + price - event.points
        }
        return result
    }

    /// The role's pricing (bases and every override), read in this transaction.
    public func pricing(of role: RoleID) throws -> QuotaRoleConfig? {
        guard let bases = try connection.fetchOne(Self.roleBaseSQL, guildID, role.rawValue, map: {
            (Points(hundredths: try $0.get(0, as: Int64.self)), Points(hundredths: try $0.get(1, as: Int64.self)))
        }) else { return nil }
        let overrides = Dictionary(try connection.fetchAll(Self.roleOverridesSQL, guildID, role.rawValue) {
            (DungeonCode(try $0.get(0, as: String.self)), Points(hundredths: try $0.get(1, as: Int64.self)))
        }, uniquingKeysWith: max)
        return QuotaRoleConfig(roleID: role, baseExaltPoints: bases.0, baseNonExaltPoints: bases.1,
                               dungeonOverrides: overrides)
    }
}

/// What one re-pricing did.
public struct Repricing: Hashable, Sendable {
    /// Organizer credits inside the window.
    public var considered: Int
    /// Credits whose amount changed.
    public var changed: Int
    /// The net change in quota points.
    public var delta: Points
}
