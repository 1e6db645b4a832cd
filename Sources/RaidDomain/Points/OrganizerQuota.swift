/// One quota role's configuration as the organizer-quota rule needs it (§5.3).
public struct QuotaRoleConfig: Hashable, Sendable {
    /// The Discord role the configuration belongs to.
    public let roleID: RoleID
    /// Points per run of an exalt dungeon, when configured.
    public let baseExaltPoints: Points?
    /// Points per run of any other dungeon, when configured.
    public let baseNonExaltPoints: Points?
    /// Per-dungeon overrides; they beat the base values.
    public let dungeonOverrides: [DungeonCode: Points]
    /// Quota points per moderation action (§5.5); missing means zero.
    public let moderationPoints: [ModerationAction: Points]

    /// A role's quota configuration.
    public init(roleID: RoleID, baseExaltPoints: Points?, baseNonExaltPoints: Points?,
                dungeonOverrides: [DungeonCode: Points] = [:], moderationPoints: [ModerationAction: Points] = [:]) {
        self.roleID = roleID
        self.baseExaltPoints = baseExaltPoints
        self.baseNonExaltPoints = baseNonExaltPoints
        self.dungeonOverrides = dungeonOverrides
        self.moderationPoints = moderationPoints
    }

    /// What one run of `dungeon` is worth to a holder of this role: the override, else the exalt or
    /// non-exalt base, else one point.
    public func value(of dungeon: Dungeon) -> Points {
        if let override = dungeonOverrides[dungeon.code] { return override }
        let base = dungeon.isExalt ? baseExaltPoints : baseNonExaltPoints
        return base ?? Points(1)
    }
}

/// Which role credits an organizer's run and with how much (§5.3).
public struct OrganizerQuotaAward: Hashable, Sendable {
    /// The role the quota event is booked against (`quota_role_id`).
    public let roleID: RoleID
    /// The quota points per run.
    public let points: Points

    /// An award of `points` booked against `roleID`.
    public init(roleID: RoleID, points: Points) {
        self.roleID = roleID
        self.points = points
    }
}

/// The organizer quota rule. We always pass the organizer's own roles (our fix of defects 1 and 2:
/// never the roles of whoever pressed End, and auto-end credits the organizer too).
public enum OrganizerQuota {
    /// The award for one run of `dungeon` by a member holding `memberRoles`, or nil when no held role
    /// has a quota configuration worth more than zero. Among several, the highest Discord position
    /// wins when positions are known, else the lowest role id (the incumbent's order).
    public static func award(for dungeon: Dungeon, configs: [QuotaRoleConfig], memberRoles: Set<RoleID>,
                             rolePositions: [RoleID: Int] = [:]) -> OrganizerQuotaAward? {
        let candidates = configs
            .filter { memberRoles.contains($0.roleID) }
            .map { OrganizerQuotaAward(roleID: $0.roleID, points: $0.value(of: dungeon)) }
            .filter { !$0.points.isZero }
        return candidates.min { lhs, rhs in
            let left = rolePositions[lhs.roleID], right = rolePositions[rhs.roleID]
            if let left, let right, left != right { return left > right }
            return lhs.roleID < rhs.roleID
        }
    }
}
