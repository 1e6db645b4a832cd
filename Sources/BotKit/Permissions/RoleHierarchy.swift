/// The one permission authority (§10.6 with defects 10–14 fixed): every gate, in every feature, asks
/// `authorize`. A Discord Administrator passes every gate; a member passes when they hold the
/// required rank or any higher mapped rank, whether or not the required rank itself is mapped.
public enum RoleHierarchy {
    /// Decides whether `member` may act at `required` rank.
    public static func authorize(_ member: MemberStanding, requires required: GuildRole,
                                 mapping: RoleMapping) -> AccessDecision {
        let requiredRank = required.rank ?? GuildRole.ranks.count // a non-rank gate only admits administrators
        if member.isDiscordAdministrator { return .granted(.discordAdministrator) }
        if let held = highestRank(of: member, mapping: mapping), let heldRank = held.rank, heldRank >= requiredRank {
            return .granted(.holds(held))
        }
        let anyQualifyingRankMapped = GuildRole.ranks.dropFirst(requiredRank).contains { mapping[$0] != nil }
        return anyQualifyingRankMapped ? .denied(.missingRank(required)) : .denied(.notConfigured(required))
    }

    /// The member's highest mapped rank, if any.
    public static func highestRank(of member: MemberStanding, mapping: RoleMapping) -> GuildRole? {
        GuildRole.ranks.reversed().first { rank in
            mapping[rank].map(member.roleIDs.contains) ?? false
        }
    }

    /// Whether `actor` outranks `target` for moderation (§10.6): administrators outrank non-admins, a
    /// target administrator is never outranked, an actor without rank never outranks, a target
    /// without rank is always outranked by a ranked actor.
    public static func outranks(_ actor: MemberStanding, _ target: MemberStanding, mapping: RoleMapping) -> Bool {
        if target.isDiscordAdministrator { return false }
        if actor.isDiscordAdministrator { return true }
        guard let actorRank = highestRank(of: actor, mapping: mapping)?.rank else { return false }
        guard let targetRank = highestRank(of: target, mapping: mapping)?.rank else { return true }
        return actorRank > targetRank
    }

    /// Whether the bot can change a member or role positioned at `targetPosition` (its highest Discord
    /// role position): it needs Manage Roles and a highest role strictly above the target.
    public static func botCanManage(targetPosition: Int, botHighestPosition: Int, botHasManageRoles: Bool) -> Bool {
        botHasManageRoles && botHighestPosition > targetPosition
    }
}

/// The outcome of a gate.
public enum AccessDecision: Hashable, Sendable {
    /// Allowed, and why.
    case granted(AccessGrant)
    /// Refused, and why.
    case denied(AccessDenial)

    /// True when granted.
    public var isGranted: Bool {
        if case .granted = self { return true }
        return false
    }
}

/// Why a gate passed.
public enum AccessGrant: Hashable, Sendable {
    /// Discord's Administrator permission passes every gate.
    case discordAdministrator
    /// The member holds this mapped rank (the required one or higher).
    case holds(GuildRole)
}

/// Why a gate refused; renders itself for the member.
public enum AccessDenial: Error, Hashable, Sendable, UserFacingFailure {
    /// Ranks qualifying are mapped but the member holds none.
    case missingRank(GuildRole)
    /// Neither the required rank nor any higher rank is mapped: an admin must run `/setroles`.
    case notConfigured(GuildRole)

    /// The command-log code.
    public var failureCode: BotErrorCode {
        switch self {
        case .missingRank: .notAuthorized
        case .notConfigured: .roleNotConfigured
        }
    }

    /// The member-facing text.
    public var userMessage: String {
        switch self {
        case .missingRank(let rank):
            "❌ **Missing Permission**: you need the \(rank.displayName) role (or higher) to do that."
        case .notConfigured(let rank):
            "❌ **Role Not Configured**: the \(rank.displayName) role isn't set up yet. An administrator can map it with `/setroles`."
        }
    }
}
