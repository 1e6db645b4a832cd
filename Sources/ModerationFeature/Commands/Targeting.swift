import BotKit
import DiscordModels
import FeatureKit

/// A command's target, resolved against Discord and judged by `ModerationPolicy`.
struct Target: Sendable {
    /// The guild as Discord reports it now.
    let scene: ModerationScene
    /// The target's member object.
    let member: Member
    /// How the policy saw them.
    let view: MemberView

    /// The target's id.
    var userID: Snowflake { view.userID }
    /// A mention of the target.
    var mention: String { "<@\(view.userID)>" }
}

/// Resolves and judges targets: the one path from a `member` option to a permitted target.
enum Targeting {
    /// The guild, the bot and `userID` as Discord reports them, refused when the member left or
    /// `command`'s rule forbids `context`'s invoker to act on them.
    static func resolve(_ command: String, userID: Snowflake, _ context: InteractionContext,
                        _ services: ModerationServices) async throws -> Target {
        let scene = try await ModerationScene.load(services.rest, guildID: services.guildID,
                                                   botID: context.interaction.applicationID)
        guard let member = try await services.rest.findMember(guildID: services.guildID, userID: userID) else {
            throw ModerationRefusal.targetNotInGuild
        }
        let target = Target(scene: scene, member: member, view: scene.view(of: member, userID: userID))
        let actor = MemberView(userID: context.userID, standing: context.standing, isBot: false,
                               highestPosition: 0, isOwner: false)
        if let refusal = ModerationPolicy.check(command, actor: actor, target: target.view, bot: scene.bot,
                                                mapping: try await services.rankMapping()) {
            throw ModerationRefusal.target(refusal)
        }
        return target
    }
}
