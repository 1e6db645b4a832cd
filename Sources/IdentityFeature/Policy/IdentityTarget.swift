import BotKit
import DiscordModels
import FeatureKit

/// The member an identity command names, resolved against Discord and judged: in the server, not a
/// bot, below the actor's highest staff rank and below the bot (whose nickname and roles it touches).
struct IdentityTarget: Sendable {
    /// The guild as Discord reports it now.
    let scene: IdentityScene
    /// The target's member object.
    let member: Member
    /// The target's id.
    let userID: Snowflake

    /// Resolves `userID` for `context`'s invoker; refuses before anything is written.
    static func resolve(_ userID: Snowflake, _ context: InteractionContext, _ services: IdentityServices) async throws -> IdentityTarget {
        let scene = try await IdentityScene.load(services.rest, guildID: services.guildID,
                                                 botID: context.interaction.applicationID)
        guard let member = try await services.rest.findMember(guildID: services.guildID, userID: userID) else {
            throw IdentityRefusal.targetNotInGuild
        }
        if member.user?.bot == true || userID == context.interaction.applicationID { throw IdentityRefusal.targetIsBot }
        let mapping = try await services.rankMapping()
        guard RoleHierarchy.outranks(context.standing, scene.standing(of: member, userID: userID), mapping: mapping) else {
            throw IdentityRefusal.notOutranked
        }
        guard scene.botOutranks(member, userID: userID) else { throw IdentityRefusal.aboveBot }
        return IdentityTarget(scene: scene, member: member, userID: userID)
    }
}
