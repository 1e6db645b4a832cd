import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/find member [active_only]` (§1.2, §6.6) and its eight buttons: a public, tabbed, paged view
/// of a member's punishments and notes. Only the invoker may press the buttons; their state lives
/// in their custom_ids, so they keep working after a restart.
enum FindCommand {
    /// The declaration (the heavy rate limit, as the incumbent's).
    static let declaration = CommandDeclaration(
        name: "find", description: "Look up a member's punishments and notes",
        options: [
            ApplicationCommandOption(type: .user, name: "member", description: "The member", required: true),
            ApplicationCommandOption(type: .boolean, name: "active_only", description: "Only punishments in force"),
        ],
        gate: ModerationPolicy.gate("find"), deferStyle: .publicReply, rateLimit: .commandHeavy,
        usage: "/find member:<@member> [active_only:true]")

    /// Runs `/find`: the User Info tab first.
    static func handle(_ context: InteractionContext, _ services: ModerationServices) async throws {
        let target = try ModerationOptions(context: context).user()
        let activeOnly = context.commandData?.value(of: "active_only")?.booleanValue ?? false
        let state = FindState(invoker: context.userID, target: target, activeOnly: activeOnly)
        try await context.reply(try await draw(state, services))
    }

    /// Routes the eight buttons: each redraws the message it sits on.
    static func register(into routes: inout InteractionRoutes, services: ModerationServices) {
        for schema in FindComponentIDs.all {
            routes.component(ComponentRoute(schema, gate: ModerationPolicy.gate("find"),
                                            rateLimit: RateLimit("find:page", .buttonDefault),
                                            action: .deferred(.update) { try await press(schema, $0, services) }))
        }
    }

    /// A button press: the invoker only, then the destination state drawn over the message.
    static func press(_ schema: CustomIDSchema, _ context: InteractionContext, _ services: ModerationServices) async throws {
        guard let id = context.customID else { throw BotKitError(.malformedComponent, detail: "find without id") }
        let state = try FindState(id)
        guard state.invoker == context.userID else {
            throw BotKitError(.notAuthorized, detail: "find pressed by another member",
                              userMessage: "❌ Only the member who ran this `/find` can use its buttons.")
        }
        try await context.reply(try await draw(FindComponentIDs.destination(schema, from: state), services))
    }

    /// The message for `state`, from the stored history and the member's highest role.
    static func draw(_ state: FindState, _ services: ModerationServices) async throws -> Reply {
        let history = try await services.store.history(of: MemberID(state.target.rawValue))
        return FindView.reply(state, history: history, highestRole: await highestRole(state.target, services),
                              now: services.now())
    }

    /// The name of the member's highest Discord role; nil when they left or Discord is unreachable.
    static func highestRole(_ userID: Snowflake, _ services: ModerationServices) async -> String? {
        guard let guild = try? await services.rest.getGuild(guildID: services.guildID),
              let member = try? await services.rest.findMember(guildID: services.guildID, userID: userID)
        else { return nil }
        return guild.roles.filter { member.roles.contains($0.id) }.max { $0.position < $1.position }?.name ?? "@everyone"
    }
}
