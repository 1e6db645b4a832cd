import FeatureKit
import RunsFeature
import BotKit
import DiscordModels
import RaidDomain

/// Join and key buttons of the public headcount panel (§2.4): acknowledged ephemerally, decided by
/// `HeadcountRules` in one store transaction, then the panels follow.
enum HeadcountParticipation {
    static func register(into routes: inout InteractionRoutes, services: HeadcountServices) {
        routes.component(ComponentRoute(HeadcountComponentIDs.join, rateLimit: RunRateLimits.participation,
                                        action: .deferred(.ephemeralReply) { try await join($0, services) }))
        routes.component(ComponentRoute(HeadcountComponentIDs.key, rateLimit: RateLimit("run:key:headcount", RunRateLimits.keyReactionPreset),
                                        action: .deferred(.ephemeralReply) { try await toggleKey($0, services) }))
    }

    /// Joining changes only what organizers see: participant counts are never shown publicly, so
    /// the public panel is not redrawn.
    static func join(_ context: InteractionContext, _ services: HeadcountServices) async throws {
        let member = MemberID(context.userID.rawValue)
        let outcome = try await perform(context, services, keysFor: nil) { .toggleJoin($0) }
        let joined = outcome.effects.contains(.joined(member))
        let names = outcome.record.state.dungeons.map(\.name).joined(separator: ", ")
        try await context.reply(.text(joined ? "✅ You joined the headcount for **\(names)**."
                                             : "👋 You left the headcount."))
        await services.refreshOrganizerPanels(outcome.record.id)
    }

    static func toggleKey(_ context: InteractionContext, _ services: HeadcountServices) async throws {
        guard let arguments = context.customID?.arguments, arguments.count == 3 else {
            throw HeadcountComponentIDs.forged("key button without dungeon and key")
        }
        let code = DungeonCode(customIDToken: arguments[1]), key = ReactionKey(arguments[2])
        let outcome = try await perform(context, services, keysFor: code) { .toggleKey($0, dungeon: code, key: key) }
        let offered = outcome.effects.contains(.keyOffered(MemberID(context.userID.rawValue), dungeon: code, key: key))
        let dungeon = outcome.record.dungeon(code)?.name ?? code.rawValue
        let what = "\(key.buttonLabel) \(key.keyTypeSuffix.lowercased())"
        try await context.reply(.text(offered
            ? "🔑 Thanks! Your \(what) for **\(dungeon)** is counted. When the raid starts, press your key on the "
                + "run panel too, to be told the party and location."
            : "Your \(what) for **\(dungeon)** was removed."))
        await services.refreshPublicPanel(outcome.record.id)
        await services.refreshOrganizerPanels(outcome.record.id)
    }

    static func perform(_ context: InteractionContext, _ services: HeadcountServices, keysFor dungeon: DungeonCode?,
                        _ command: @escaping @Sendable (Participant) -> HeadcountCommand) async throws -> HeadcountOutcome {
        let id = try HeadcountComponentIDs.headcountID(context)
        let (record, _) = try await services.headcount(id)
        try services.requireOwnMessage(record, context)
        let suspendedRole = await services.runs.holdsSuspendedRole(context.standing)
        return try await services.store.perform(
            id, member: MemberID(context.userID.rawValue), username: context.interaction.invoker?.username,
            keysFor: dungeon, hasSuspendedRole: suspendedRole, now: services.now(), command).get()
    }
}
