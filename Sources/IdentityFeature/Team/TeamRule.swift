import BotKit
import DiscordModels

/// Team role auto-sync (§8.1) as a pure decision: a member holding any mapped staff rank (organizer
/// and up) gets Team, a member holding none loses it. Discord's Administrator permission does not
/// count; only mapped roles do, and Team itself grants nothing.
enum TeamRule {
    /// The ranks that qualify for Team (not Verified Raider, Suspended, Muted).
    static let staff: [GuildRole] = [.administrator, .moderator, .headOrganizer, .officer, .security, .organizer]

    /// What to do to a member holding `roles`.
    enum Decision: Hashable, Sendable {
        case add, remove, keep
    }

    /// The Team role and the staff roles of a mapping; nil when Team is unmapped.
    struct Roles: Hashable, Sendable {
        let team: Snowflake
        let staff: Set<Snowflake>

        /// The roles of `mapping`, nil without a Team role.
        init?(_ mapping: [GuildRole: Snowflake]) {
            guard let team = mapping[.team] else { return nil }
            self.team = team
            staff = Set(TeamRule.staff.compactMap { mapping[$0] })
        }
    }

    /// The decision for a member holding `held`.
    static func decide(_ held: [Snowflake], _ roles: Roles) -> Decision {
        let isStaff = held.contains { roles.staff.contains($0) }
        let hasTeam = held.contains(roles.team)
        if isStaff && !hasTeam { return .add }
        if !isStaff && hasTeam { return .remove }
        return .keep
    }
}
