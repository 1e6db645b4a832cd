import BotKit
import DiscordModels
import DiscordREST
import FeatureKit

/// Applies `TeamRule` to members: on GUILD_MEMBER_UPDATE for one member, and member by member for
/// `/syncteam`. Discord's answer is the only state; nothing is written to the database.
struct TeamSync: Sendable {
    let services: IdentityServices

    /// GUILD_MEMBER_UPDATE: brings one member's Team role in line. Unmapped Team → nothing; errors
    /// are logged (a gateway event has nobody to answer).
    func memberUpdated(_ member: Member) async {
        guard let userID = member.user?.id, member.guildID.map({ $0 == services.guildID }) ?? true,
              member.user?.bot != true else { return }
        do {
            guard let roles = TeamRule.Roles(try await services.roles()) else { return }
            _ = try await apply(TeamRule.decide(member.roles, roles), to: userID, roles: roles)
        } catch {
            services.logger.warning("team role sync failed", metadata: ["user.id": "\(userID)", "error": "\(error)"])
        }
    }

    /// Carries out `decision` for `userID`; returns it (`.keep` sends nothing).
    @discardableResult
    func apply(_ decision: TeamRule.Decision, to userID: Snowflake, roles: TeamRule.Roles) async throws -> TeamRule.Decision {
        switch decision {
        case .add:
            try await services.rest.addMemberRole(guildID: services.guildID, userID: userID, roleID: roles.team,
                                                  reason: "Auto-assigned: Member has staff role")
        case .remove:
            try await services.rest.removeMemberRole(guildID: services.guildID, userID: userID, roleID: roles.team,
                                                     reason: "Auto-removed: Member has no staff roles")
        case .keep:
            break
        }
        return decision
    }
}
