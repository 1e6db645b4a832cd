import BotKit
import RaidDomain

extension MemberStanding {
    /// The member's Discord roles as the ids quota configurations are keyed by: what prices the
    /// points a staff action or an organized run earns them (§5.5).
    public var quotaRoles: Set<RoleID> { Set(roleIDs.map { RoleID($0.rawValue) }) }
}
