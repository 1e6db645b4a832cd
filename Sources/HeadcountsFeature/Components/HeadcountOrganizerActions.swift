import FeatureKit
import RunsFeature
import BotKit
import DiscordModels
import RaidDomain

/// The headcount organizer panel and its buttons (§2.4, §3.8): the panel (with Confirm Access for
/// staff who do not own the headcount) and End. End and Convert share one button lock per headcount.
enum HeadcountOrganizerActions {
    static let rateLimit = RateLimit("headcount:organizer", RunRateLimits.organizerPanelPreset)

    static func register(into routes: inout InteractionRoutes, services: HeadcountServices) {
        let organizer = CommandGate.rank(.organizer)
        routes.component(ComponentRoute(HeadcountComponentIDs.organizerPanel, gate: organizer, rateLimit: rateLimit,
                                        action: .deferred(.ephemeralReply) { try await showPanel($0, services) }))
        routes.component(ComponentRoute(HeadcountComponentIDs.confirmAccess, gate: organizer, rateLimit: rateLimit,
                                        action: .deferred(.update) { try await confirmAccess($0, services) }))
        routes.component(ComponentRoute(HeadcountComponentIDs.denyAccess, gate: organizer, rateLimit: rateLimit,
                                        action: .deferred(.update) { context in
            try await context.reply(.text("Access denied. The organizer panel was not opened."))
        }))
        routes.component(ComponentRoute(HeadcountComponentIDs.end, gate: organizer, rateLimit: rateLimit,
                                        lock: lifecycleLock, action: .deferred(.update) { try await end($0, services) }))
    }

    /// End and convert of one headcount conflict like end and cancel of a run.
    @Sendable static func lifecycleLock(_ id: CustomID) throws -> ButtonLockKey {
        guard let raw = id.arguments.first, let value = Int64(raw) else {
            throw HeadcountComponentIDs.forged("headcount id out of range")
        }
        return .headcountLifecycle(value)
    }

    static func showPanel(_ context: InteractionContext, _ services: HeadcountServices) async throws {
        let (record, tally) = try await services.headcount(try HeadcountComponentIDs.headcountID(context))
        try services.requireOwnMessage(record, context)
        guard record.state.organizer.rawValue == context.userID.rawValue else {
            try await context.reply(HeadcountOrganizerPanelView.confirmAccess(record))
            return
        }
        try await show(record, tally, context, services)
    }

    static func confirmAccess(_ context: InteractionContext, _ services: HeadcountServices) async throws {
        let (record, tally) = try await services.headcount(try HeadcountComponentIDs.headcountID(context))
        await context.audit(action: "headcount.panel.staff_access", subject: "headcount:\(record.id)")
        try await show(record, tally, context, services)
    }

    /// Remembered before the answer, so a join right after it redraws this panel too.
    static func show(_ record: HeadcountRecord, _ tally: HeadcountTally, _ context: InteractionContext,
                     _ services: HeadcountServices) async throws {
        if record.state.status == .active {
            await services.panels.remember(.headcount(record.id), shownBy: context, followUpID: nil)
        }
        try await context.reply(HeadcountOrganizerPanelView.reply(record, tally))
    }

    static func end(_ context: InteractionContext, _ services: HeadcountServices) async throws {
        let id = try HeadcountComponentIDs.headcountID(context)
        let actor = RunActor(member: MemberID(context.userID.rawValue), isStaff: true)
        let outcome = try await services.store.perform(id, member: actor.member, now: services.now()) { _ in
            .end(by: actor)
        }.get()
        try await context.reply(HeadcountOrganizerPanelView.reply(outcome.record, outcome.tally))
        await services.closed(outcome.record, line: "❌ Headcount Ended by <@\(context.userID)>", actorID: context.userID)
    }
}
