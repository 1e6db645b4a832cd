import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// The Oryx 3 buttons of the organizer panel (§2.2, §3.12): the screenshot hint before the start,
/// then realm score and Realm Closed, Miniboss, Third Room, each announced with a ping. Unlike the
/// incumbent, every one of them passes the organizer gate and the rules (defect 14).
enum RunO3Actions {
    static func register(into routes: inout InteractionRoutes, services: RunServices) {
        let organizer = CommandGate.rank(.organizer)
        routes.component(ComponentRoute(RunComponentIDs.screenshot, gate: organizer,
                                        action: .deferred(.ephemeralReply) { try await screenshotHint($0, services) }))
        routes.component(ComponentRoute(RunComponentIDs.realmScore, gate: organizer, action: .opensModal { context in
            RunModals.realmScore(try await services.record(try RunComponentIDs.runID(context)).state)
        }))
        routes.modal(ComponentRoute(RunComponentIDs.realmScoreModal, gate: organizer, action: .deferred(.update) { context in
            let score = try RunModals.number(RunLimits.realmScore(context.modalValues["score"] ?? ""))
            try await RunOrganizerActions.act(context, services, lock: nil) { .setRealmScore(score, by: $0) }
        }))
        for (schema, stage) in [(RunComponentIDs.realmClosed, O3Stage.closed), (RunComponentIDs.thirdRoom, .thirdRoom)] {
            routes.component(ComponentRoute(schema, gate: organizer, action: .deferred(.update) { context in
                try await RunOrganizerActions.act(context, services, lock: { .runO3($0.rawValue) }) { .advanceO3(to: stage, by: $0) }
            }))
        }
        routes.component(ComponentRoute(RunComponentIDs.miniboss, gate: organizer,
                                        action: .deferred(.ephemeralReply) { try await minibossPicker($0, services) }))
        routes.component(ComponentRoute(RunComponentIDs.minibossSelect, gate: organizer, action: .deferred(.update) { context in
            try await announceMiniboss(context, services)
        }))
    }

    static func screenshotHint(_ context: InteractionContext, _ services: RunServices) async throws {
        let run = try await services.record(try RunComponentIDs.runID(context)).state
        try await context.reply(.text(run.screenshotURL == nil
            ? "📸 Submit the completion screenshot with `/taken screenshot:<image>`: fullscreen, with `/who` and `/server` visible."
            : "✅ A screenshot is already submitted. Send `/taken` again to replace it."))
    }

    static func minibossPicker(_ context: InteractionContext, _ services: RunServices) async throws {
        let run = try await services.record(try RunComponentIDs.runID(context)).state
        let select = SelectMenu(customID: RunComponentIDs.make(RunComponentIDs.minibossSelect, run.id),
                                options: O3Miniboss.allCases.map { SelectOption(label: $0.rawValue, value: $0.rawValue) },
                                placeholder: "Which miniboss is up?")
        try await context.reply(Reply(content: "Pick the miniboss to announce:", components: [.actionRow(ActionRow([.selectMenu(select)]))]))
    }

    static func announceMiniboss(_ context: InteractionContext, _ services: RunServices) async throws {
        guard let name = context.selectedValues.first, let boss = O3Miniboss(rawValue: name) else {
            throw RunComponentIDs.forged("miniboss select without a known miniboss")
        }
        let outcome = try await RunOrganizerActions.act(context, services, lock: { .runO3($0.rawValue) },
                                                        answer: "✅ Announced **Mini: \(boss.rawValue)**.") {
            .advanceO3(to: .miniboss, by: $0)
        }
        await RunNotices.ping(outcome.record, "**Mini: \(boss.rawValue)**{role}", services: services)
        await services.raidLog(outcome.record, "👹 Mini: \(boss.rawValue)")
    }
}
