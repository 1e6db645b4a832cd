import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// The organizer panel and its buttons (§2.2): start, end, cancel, key pop, join lock and the
/// party/location modal. Start, end and cancel share one button lock, so end and cancel can
/// never both run (defect 15); the rules decide who may do what.
enum RunOrganizerActions {
    static func register(into routes: inout InteractionRoutes, services: RunServices) {
        let organizer = CommandGate.rank(.organizer)
        RunPanelAccess.register(into: &routes, services: services)
        let lifecycle: [(CustomIDSchema, @Sendable (RunActor) -> RunCommand)] = [
            (RunComponentIDs.start, { .start(by: $0) }), (RunComponentIDs.end, { .end(by: $0) }),
            (RunComponentIDs.cancel, { .cancel(by: $0) }),
        ]
        for (schema, command) in lifecycle {
            routes.component(ComponentRoute(schema, gate: organizer, action: .deferred(.update) { context in
                try await act(context, services, lock: { .runLifecycle($0.rawValue) }, command)
            }))
        }
        routes.component(ComponentRoute(RunComponentIDs.keyPop, gate: organizer, rateLimit: RunRateLimits.keyPop,
                                        action: .deferred(.update) { context in
            try await act(context, services, lock: { .runKeyPop($0.rawValue) }) { .popKey(by: $0) }
        }))
        routes.component(ComponentRoute(RunComponentIDs.lockJoin, gate: organizer, action: .deferred(.update) { context in
            let locked = try await services.record(try RunComponentIDs.runID(context)).state.joinLocked
            try await act(context, services, lock: { .runJoinLock($0.rawValue) }) { .setJoinLock(!locked, by: $0) }
        }))
        routes.component(ComponentRoute(RunComponentIDs.partyLocation, gate: organizer,
                                        action: .opensModal { context in
            RunModals.partyLocation(try await services.record(try RunComponentIDs.runID(context)).state)
        }))
        routes.modal(ComponentRoute(RunComponentIDs.partyLocationModal, gate: organizer, action: .deferred(.update) { context in
            let party = context.modalValues["party"], location = context.modalValues["location"]
            try await act(context, services, lock: nil) { .setPartyAndLocation(party: party, location: location, by: $0) }
        }))
        routes.component(ComponentRoute(RunComponentIDs.chain, gate: organizer, action: .opensModal { context in
            RunModals.chain(try await services.record(try RunComponentIDs.runID(context)).state)
        }))
        routes.modal(ComponentRoute(RunComponentIDs.chainModal, gate: organizer, action: .deferred(.update) { context in
            let amount = try RunModals.number(RunLimits.chain(context.modalValues["chain"] ?? ""))
            try await act(context, services, lock: nil) { .setChain(amount, by: $0) }
        }))
        RunO3Actions.register(into: &routes, services: services)
        KeyLoggingActions.register(into: &routes, services: services)
    }

    /// Runs one organizer command under `lock`, redraws the ephemeral panel, then the public panel,
    /// and carries out the Discord side of the outcome.
    /// With `answer` the interaction's message gets that text instead of the panel (a select on
    /// its own message), and every remembered panel is redrawn, the actor's too.
    @discardableResult
    static func act(_ context: InteractionContext, _ services: RunServices,
                    lock: (@Sendable (RunID) -> ButtonLockKey)?, answer: String? = nil,
                    _ command: @escaping @Sendable (RunActor) -> RunCommand) async throws -> RunOutcome {
        let runID = try RunComponentIDs.runID(context)
        let body: @Sendable () async throws -> RunOutcome = {
            let record = try await services.record(runID)
            let roles = await services.organizerRoles(of: record.state, actorID: context.userID, standing: context.standing)
            let actor = RunActor(member: MemberID(context.userID.rawValue), isStaff: true)
            return try await services.store.perform(runID, member: actor.member, organizerRoles: roles,
                                                    now: services.now(), completing: context.interaction.id) { _ in
                command(actor)
            }.get()
        }
        let outcome = if let lock {
            try await services.locks.withLock(lock(runID), for: context.userID, body)
        } else {
            try await body()
        }
        if let answer {
            try await context.reply(.text(answer))
        } else if let keys = await keyLoggingPanel(after: outcome, actor: context.userID, services) {
            try await context.reply(KeyLoggingView.panel(keys, notice: "✅ Run Ended. Log the keys that were popped."))
        } else {
            try await context.reply(OrganizerPanelView.reply(outcome.record, outcome.tally, notice: notice(outcome)))
        }
        await RunAftermath.follow(outcome, services: services, actorID: context.userID, actorPanelRedrawn: answer == nil)
        return outcome
    }

    /// After End (not cancel), the organizer panel turns into the key-logging panel (§3.5).
    static func keyLoggingPanel(after outcome: RunOutcome, actor: Snowflake, _ services: RunServices) async
        -> KeyLoggingStore.Panel? {
        guard outcome.effects.contains(.ended(.completed)) else { return nil }
        do {
            try await services.keyLogging.open(outcome.record.state, openedBy: MemberID(actor.rawValue), now: services.now())
            return try await services.keyLogging.panel(outcome.record.id)
        } catch {
            services.logger.warning("key logging not opened", metadata: ["run.id": "\(outcome.record.id)", "error": "\(error)"])
            return nil
        }
    }

    static func notice(_ outcome: RunOutcome) -> String? {
        for effect in outcome.effects {
            switch effect {
            case .started: return "✅ **Run is LIVE!**"
            case .keyPopped: return "🔑 **Key popped!** Party join window started."
            case .joinLockChanged(let locked): return locked ? "🔒 Join locked." : "🔓 Join unlocked."
            case .partyChanged, .locationChanged: return "📝 Party/location updated."
            case .chainChanged(let amount): return amount.map { "⛓️ Chain amount set to \($0)." } ?? "⛓️ Chain amount cleared."
            case .realmScoreSet(let score): return "📊 Realm score \(score)% announced."
            case .o3StageChanged(let stage): return "✅ \(stage.title) announced."
            default: continue
            }
        }
        return nil
    }
}
