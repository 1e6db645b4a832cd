import RaidDomain
import Storage

/// Quota pricing: the guild's quota role configurations, read inside the ledger's transaction so a
/// credit is priced by the configuration it is written under.
extension PointsLedger {
    /// The guild's quota role configurations, with their override for `dungeon`.
    public func quotaConfigs(for dungeon: DungeonCode) throws -> [QuotaRoleConfig] {
        let overrides = Dictionary(try connection.fetchAll(PointsLedgerQueries.quotaDungeonOverrides, guildID,
                                                           dungeon.rawValue) {
            (RoleID(try $0.get(0, as: UInt64.self)), Points(hundredths: try $0.get(1, as: Int64.self)))
        }, uniquingKeysWith: max)
        return try connection.fetchAll(PointsLedgerQueries.quotaRoleConfigs, guildID) { row in
            let role = RoleID(try row.get(0, as: UInt64.self))
            return QuotaRoleConfig(
                roleID: role, baseExaltPoints: Points(hundredths: try row.get(1, as: Int64.self)),
                baseNonExaltPoints: Points(hundredths: try row.get(2, as: Int64.self)),
                dungeonOverrides: overrides[role].map { [dungeon: $0] } ?? [:])
        }
    }

    /// Credits the organizer's quota for a run of `dungeon` when one of `roles` has a quota
    /// configuration worth more than zero (§5.3). Returns the events written.
    public func creditOrganizer(_ organizer: MemberID, roles: Set<RoleID>, positions: [RoleID: Int],
                                subject: QuotaSubject, dungeon: Dungeon) throws -> Int {
        guard let award = OrganizerQuota.award(for: dungeon, configs: try quotaConfigs(for: dungeon.code),
                                               memberRoles: roles, rolePositions: positions) else { return 0 }
        return try creditOrganizer(organizer, subject: subject, dungeon: dungeon.code, award: award)
    }
}
