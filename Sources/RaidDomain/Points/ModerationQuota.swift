/// The staff actions that earn quota points (§5.5); raw values are the incumbent's `command_type`
/// and subject prefixes.
public enum ModerationAction: String, CaseIterable, Hashable, Sendable {
    /// `/verify` and manual verification approval.
    case verify
    /// `/warn`.
    case warn
    /// `/suspend`.
    case suspend
    /// `/modmailreply`.
    case modmailReply = "modmail_reply"
    /// `/editname`.
    case editname
    /// `/addnote`.
    case addnote
}

/// The moderation-points rule (§5.5): the first of the actor's configured roles (highest position
/// when known, else lowest id) whose value for the action is above zero. With none, the event is
/// still recorded with zero points and no role, so activity counts stay complete.
public enum ModerationQuota {
    /// The role and points for `action` by a member holding `memberRoles`.
    public static func award(for action: ModerationAction, configs: [QuotaRoleConfig], memberRoles: Set<RoleID>,
                             rolePositions: [RoleID: Int] = [:]) -> (roleID: RoleID?, points: Points) {
        let candidates = configs.filter { memberRoles.contains($0.roleID) && ($0.moderationPoints[action] ?? .zero) > .zero }
        let winner = candidates.min { lhs, rhs in
            let left = rolePositions[lhs.roleID], right = rolePositions[rhs.roleID]
            if let left, let right, left != right { return left > right }
            return lhs.roleID < rhs.roleID
        }
        guard let winner else { return (nil, .zero) }
        return (winner.roleID, winner.moderationPoints[action] ?? .zero)
    }

    /// The event's subject id: `<action>:<epochMs>:<userId>`.
    public static func subject(_ action: ModerationAction, at time: Timestamp, member: MemberID) -> String {
        "\(action.rawValue):\(time.unixMilliseconds):\(member)"
    }
}
