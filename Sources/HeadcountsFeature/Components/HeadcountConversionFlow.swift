import FeatureKit
import RunsFeature
import BotKit
import DiscordModels
import RaidDomain

/// Convert to Run (§3.9): a multi-dungeon headcount asks which dungeon first. The store converts in
/// one transaction; then the run role, the headcount message deleted, the run panel posted, the
/// raid log, and the run's organizer panel as the answer. Discord failures are logged only.
enum HeadcountConversionFlow {
    static func register(into routes: inout InteractionRoutes, services: HeadcountServices) {
        let organizer = CommandGate.rank(.organizer), rate = HeadcountOrganizerActions.rateLimit
        let lock = HeadcountOrganizerActions.lifecycleLock
        routes.component(ComponentRoute(HeadcountComponentIDs.convert, gate: organizer, rateLimit: rate, lock: lock,
                                        action: .deferred(.update) { try await convert($0, services) }))
        routes.component(ComponentRoute(HeadcountComponentIDs.convertPick, gate: organizer, rateLimit: rate, lock: lock,
                                        action: .deferred(.update) { context in
            guard let code = context.selectedValues.first else {
                throw HeadcountComponentIDs.forged("conversion select without a dungeon")
            }
            try await run(context, DungeonCode(code), services)
        }))
    }

    static func convert(_ context: InteractionContext, _ services: HeadcountServices) async throws {
        let (record, tally) = try await services.headcount(try HeadcountComponentIDs.headcountID(context))
        guard record.state.status == .active else {
            try await context.reply(HeadcountOrganizerPanelView.reply(record, tally))
            return
        }
        guard record.state.dungeons.count == 1, let only = record.state.dungeons.first else {
            try await context.reply(HeadcountOrganizerPanelView.convertPicker(record))
            return
        }
        try await run(context, only.code, services)
    }

    static func run(_ context: InteractionContext, _ code: DungeonCode, _ services: HeadcountServices) async throws {
        let id = try HeadcountComponentIDs.headcountID(context)
        let runs = services.runs
        let actor = RunActor(member: MemberID(context.userID.rawValue), isStaff: true)
        let conversion = try await runs.store.convert(headcount: id, dungeon: code, by: actor, now: services.now()).get()
        var run = conversion.run
        if let thread = conversion.headcount.raidLogThreadID {
            try? await runs.store.attachRaidLogThread(run.id, threadID: thread)
            run.raidLogThreadID = thread
        }
        let draft = try RunDraft.make(organizer: run.state.organizer, dungeonCode: code.rawValue).get()
        run.roleID = await RunCreation.createRole(for: run, draft: draft, context: context, runs)
        await deleteHeadcountMessage(conversion.headcount, services)
        run.postMessageID = await postRunPanel(run, conversion.tally, services)
        await runs.panels.remember(.run(run.id.rawValue), shownBy: context, followUpID: nil)
        try await context.reply(OrganizerPanelView.reply(run, conversion.tally, notice: "✅ Headcount Converted!"))
        await context.audit(action: "run.created", subject: run.id.description)
        await services.refreshOrganizerPanels(id, skipping: context.userID)
        await services.panels.forget(.headcount(id))
        await runs.raidLog(run, "✅ Raid Created (Converted from headcount panel) — \(run.state.dungeon.name)")
    }

    static func deleteHeadcountMessage(_ headcount: HeadcountRecord, _ services: HeadcountServices) async {
        guard let message = headcount.messageID else { return }
        do {
            try await services.rest.deleteMessage(channelID: Snowflake(headcount.channelID), messageID: Snowflake(message))
        } catch {
            services.logger.warning("headcount message not deleted",
                                    metadata: ["headcount.id": "\(headcount.id)", "error": "\(error)"])
        }
    }

    /// The run panel in the headcount's channel, content `@here` + dungeon ping role + run role (§3.11).
    static func postRunPanel(_ run: RunRecord, _ tally: RunTally, _ services: HeadcountServices) async -> UInt64? {
        guard let channel = run.channelID else { return nil }
        var roles = await services.pingRoles([run.state.dungeon.code])
        if let role = run.roleID { roles.append(Snowflake(role)) }
        let panel = RunPanelView.message(run, tally, now: services.now())
        do {
            let message = try await services.rest.createMessage(channelID: Snowflake(channel), MessageCreate(
                content: (["@here"] + roles.map { "<@&\($0)>" }).joined(separator: " "), embeds: panel.embeds,
                components: panel.components,
                allowedMentions: AllowedMentions(parse: ["everyone"], roles: roles.isEmpty ? nil : roles)))
            try await services.runs.store.attachPost(run.id, messageID: message.id.rawValue)
            return message.id.rawValue
        } catch {
            services.logger.warning("converted run panel not posted", metadata: ["run.id": "\(run.id)", "error": "\(error)"])
            return nil
        }
    }
}
