import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// Join, Leave, class and key buttons of the public panel (§2.1): acknowledged ephemerally,
/// decided by `RunRules` inside one store transaction, then the panel and the run role follow.
enum RunParticipation {
    static func register(into routes: inout InteractionRoutes, services: RunServices) {
        routes.component(ComponentRoute(RunComponentIDs.join, rateLimit: RunRateLimits.participation,
                                        action: .deferred(.ephemeralReply) { try await join($0, services) }))
        routes.component(ComponentRoute(RunComponentIDs.leave, rateLimit: RunRateLimits.participation,
                                        action: .deferred(.ephemeralReply) { try await leave($0, services) }))
        routes.component(ComponentRoute(RunComponentIDs.chooseClass, rateLimit: RunRateLimits.participation,
                                        action: .deferred(.ephemeralReply) { try await chooseClass($0, services) }))
        routes.component(ComponentRoute(RunComponentIDs.key, rateLimit: RunRateLimits.keyReaction,
                                        action: .deferred(.ephemeralReply) { try await toggleKey($0, services) }))
    }

    static func join(_ context: InteractionContext, _ services: RunServices) async throws {
        let outcome = try await perform(context, services) { .join($0) }
        await services.setRunRole(outcome.record, member: MemberID(context.userID.rawValue), present: true)
        try await context.reply(.text("✅ Raid joined! (\(outcome.tally.joined) raiders)"))
        await services.refreshPanels(outcome.record.id)
    }

    static func leave(_ context: InteractionContext, _ services: RunServices) async throws {
        let outcome = try await perform(context, services) { .leave($0) }
        await services.setRunRole(outcome.record, member: MemberID(context.userID.rawValue), present: false)
        try await context.reply(.text("👋 You left the raid."))
        await services.refreshPanels(outcome.record.id)
    }

    static func chooseClass(_ context: InteractionContext, _ services: RunServices) async throws {
        guard let name = context.selectedValues.first, let raidClass = RotmgClass(rawValue: name) else {
            throw RunComponentIDs.forged("class select without a known class")
        }
        _ = try await perform(context, services) { .chooseClass($0, raidClass) }
        try await context.reply(.text("✅ Class set to **\(raidClass.rawValue)**."))
        await services.refreshPanels(try RunComponentIDs.runID(context))
    }

    static func toggleKey(_ context: InteractionContext, _ services: RunServices) async throws {
        guard let customID = context.customID, customID.arguments.count == 2 else {
            throw RunComponentIDs.forged("key button without a key")
        }
        let key = ReactionKey(customID.arguments[1])
        let outcome = try await perform(context, services) { .toggleKey($0, key) }
        let offered = outcome.effects.contains(.keyOffered(MemberID(context.userID.rawValue), key))
        let run = outcome.record.state
        let text: String
        if !offered {
            text = "Your \(key.buttonLabel) \(key.keyTypeSuffix.lowercased()) was removed."
        } else if run.hasPartyAndLocation {
            text = "🔑 Thanks! Party: **\(run.party ?? "")** | Location: **\(run.location ?? "")**"
        } else {
            text = "🔑 Thanks! You will be told the party and location once the organizer sets them."
        }
        try await context.reply(.text(text))
        await RunAftermath.follow(outcome, services: services, actorID: context.userID)
    }

    static func perform(_ context: InteractionContext, _ services: RunServices,
                        _ command: @escaping @Sendable (Participant) -> RunCommand) async throws -> RunOutcome {
        let runID = try RunComponentIDs.runID(context)
        let record = try await services.record(runID)
        // The id must name the run of the message it sits on (a button copied from another run is refused).
        if let message = context.interaction.message?.id, let post = record.postMessageID, message.rawValue != post {
            throw RunComponentIDs.forged("run \(runID) button on message \(message)")
        }
        let suspendedRole = await services.holdsSuspendedRole(context.standing)
        let result = try await services.store.perform(
            runID, member: MemberID(context.userID.rawValue), username: context.interaction.invoker?.username,
            hasSuspendedRole: suspendedRole, now: services.now(), command)
        return try result.get()
    }
}
