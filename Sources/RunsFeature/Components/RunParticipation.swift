import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// Join, Leave, class and key buttons of the public panel (§2.1): acknowledged ephemerally, decided
/// by `RunRules` inside one store transaction that also records the confirmation, the run role and
/// the panel redraw in the outbox, so a crash after the commit loses none of them.
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
        try await perform(context, services, confirm: { "✅ Raid joined! (\($0.tally.joined) raiders)" },
                          role: true) { .join($0) }
    }

    static func leave(_ context: InteractionContext, _ services: RunServices) async throws {
        try await perform(context, services, confirm: { _ in "👋 You left the raid." }, role: false) { .leave($0) }
    }

    static func chooseClass(_ context: InteractionContext, _ services: RunServices) async throws {
        guard let name = context.selectedValues.first, let raidClass = RotmgClass(rawValue: name) else {
            throw RunComponentIDs.forged("class select without a known class")
        }
        try await perform(context, services, confirm: { _ in "✅ Class set to **\(raidClass.rawValue)**." }) {
            .chooseClass($0, raidClass)
        }
    }

    static func toggleKey(_ context: InteractionContext, _ services: RunServices) async throws {
        guard let customID = context.customID, customID.arguments.count == 2 else {
            throw RunComponentIDs.forged("key button without a key")
        }
        let key = ReactionKey(customID.arguments[1]), member = MemberID(context.userID.rawValue)
        let outcome = try await perform(context, services, confirm: { outcome in
            let run = outcome.record.state
            if !outcome.effects.contains(.keyOffered(member, key)) {
                return "Your \(key.buttonLabel) \(key.keyTypeSuffix.lowercased()) was removed."
            }
            return run.hasPartyAndLocation
                ? "🔑 Thanks! Party: **\(run.party ?? "")** | Location: **\(run.location ?? "")**"
                : "🔑 Thanks! You will be told the party and location once the organizer sets them."
        }) { .toggleKey($0, key) }
        if outcome.effects.contains(.notifyKeyReactor(member)) {
            await RunNotices.tellKeyReactors([member], outcome.record.state, services: services)
        }
    }

    /// Applies the member's command and, in the same transaction, marks the interaction handled and
    /// records its delivery: the confirmation, the run role (`role`: given or taken) and the panel
    /// redraw. The confirmation then goes out at once; the outbox carries the rest.
    @discardableResult
    static func perform(_ context: InteractionContext, _ services: RunServices,
                        confirm: @escaping @Sendable (RunOutcome) -> String, role: Bool? = nil,
                        _ command: @escaping @Sendable (Participant) -> RunCommand) async throws -> RunOutcome {
        let member = context.userID
        let outcome = try await apply(context, services, deliver: { outcome in
            var effects: [OutboxItem] = []
            if let role, let roleID = outcome.record.roleID {
                effects.append(.memberRole(guildID: services.guildID, userID: member, roleID: Snowflake(roleID),
                                           present: role, reason: nil))
            }
            effects.append(.redraw(panel: RunServices.panel(outcome.record.id)))
            return InteractionDelivery(context, confirmation: confirm(outcome), effects: effects)
        }, command)
        await InteractionDelivery.confirm(context, confirm(outcome), ids: outcome.outboxIDs,
                                          outbox: services.environment.outbox)
        return outcome
    }

    /// Applies the member's command in one store transaction (with `deliver`'s records), refusing a
    /// button whose run is not the one of the message it sits on.
    static func apply(_ context: InteractionContext, _ services: RunServices,
                      deliver: (@Sendable (RunOutcome) -> InteractionDelivery)? = nil,
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
            hasSuspendedRole: suspendedRole, now: services.now(), deliver: deliver, command)
        return try result.get()
    }
}
