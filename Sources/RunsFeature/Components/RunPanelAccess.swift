import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// Opening the organizer panel (§2.2): the run's organizer gets it at once; other staff first
/// confirm that they mean to manage someone else's run (and the access is audited). Every shown
/// panel is remembered, so joins and key offers redraw it live, also after a restart.
enum RunPanelAccess {
    static func register(into routes: inout InteractionRoutes, services: RunServices) {
        let organizer = CommandGate.rank(.organizer)
        routes.component(ComponentRoute(RunComponentIDs.organizerPanel, gate: organizer, rateLimit: RunRateLimits.organizerPanel,
                                        action: .deferred(.ephemeralReply) { try await open($0, services) }))
        routes.component(ComponentRoute(RunComponentIDs.confirmAccess, gate: organizer, rateLimit: RunRateLimits.organizerPanel,
                                        action: .deferred(.update) { try await confirm($0, services) }))
        routes.component(ComponentRoute(RunComponentIDs.denyAccess, gate: organizer,
                                        action: .deferred(.update) { context in
            try await context.reply(.text("Access denied. The organizer panel was not opened."))
        }))
    }

    static func open(_ context: InteractionContext, _ services: RunServices) async throws {
        let runID = try RunComponentIDs.runID(context)
        let (record, tally) = try await load(runID, services)
        if let message = context.interaction.message?.id, let post = record.postMessageID, message.rawValue != post {
            throw RunComponentIDs.forged("organizer panel of run \(runID) on message \(message)")
        }
        guard context.userID.rawValue == record.state.organizer.rawValue else {
            try await context.reply(confirmation(record))
            return
        }
        try await show(record, tally, context, services)
    }

    static func confirm(_ context: InteractionContext, _ services: RunServices) async throws {
        let (record, tally) = try await load(try RunComponentIDs.runID(context), services)
        await context.audit(action: "run.panel.staff_access", subject: record.id.description)
        try await show(record, tally, context, services)
    }

    static func show(_ record: RunRecord, _ tally: RunTally, _ context: InteractionContext,
                     _ services: RunServices) async throws {
        if record.state.status.isActive { // remembered first: a join right after the answer redraws it too
            await services.panels.remember(.run(record.id.rawValue), shownBy: context, followUpID: nil)
        }
        try await context.reply(OrganizerPanelView.reply(record, tally))
    }

    /// The Confirm Access step for staff opening another organizer's run.
    static func confirmation(_ record: RunRecord) -> Reply {
        ConfirmAccessView.reply(owner: record.state.organizer.rawValue, what: "**\(record.state.dungeon.name)** run",
                                confirmID: RunComponentIDs.make(RunComponentIDs.confirmAccess, record.id),
                                denyID: RunComponentIDs.make(RunComponentIDs.denyAccess, record.id))
    }

    static func load(_ runID: RunID, _ services: RunServices) async throws -> (RunRecord, RunTally) {
        guard let found = try await services.store.runWithTally(runID) else {
            throw BotKitError(.runNotFound, detail: "run \(runID) not found")
        }
        return found
    }
}
