import FeatureKit
import RunsFeature
import BotKit
import DiscordModels
import DiscordREST
import RaidDomain

/// `/headcount` (§1.1, §3.8): the dungeon picker, then on "Create Headcount" the one-activity rule,
/// the persisted headcount, its public panel in the raid channel, the raid log and the organizer panel.
enum HeadcountCreation {
    static let declaration = CommandDeclaration(
        name: "headcount", description: "Post a headcount to see who would join and who has keys",
        gate: .rank(.organizer), deferStyle: .ephemeralReply, usage: "/headcount", examples: ["/headcount"])

    /// The picker's selects in order; the index keeps each select's choices apart.
    static let selects = [HeadcountComponentIDs.pickExalt, HeadcountComponentIDs.pickOthers1,
                          HeadcountComponentIDs.pickOthers2]

    static func register(into routes: inout InteractionRoutes, services: HeadcountServices) {
        routes.command(declaration.name) { try await start($0, services) }
        let organizer = CommandGate.rank(.organizer)
        let lists = [HeadcountPicker.standard.exalt, HeadcountPicker.standard.othersFirstHalf,
                     HeadcountPicker.standard.othersSecondHalf]
        for (index, schema) in selects.enumerated() {
            let allowed = Set(lists[index].map(\.code))
            routes.component(ComponentRoute(schema, gate: organizer, action: .deferred(.update) { context in
                try await choose(context, list: index, allowed: allowed, services)
            }))
        }
        routes.component(ComponentRoute(HeadcountComponentIDs.create, gate: organizer,
                                        action: .deferred(.update) { try await create($0, services) }))
    }

    static func start(_ context: InteractionContext, _ services: HeadcountServices) async throws {
        await services.pickers.start(for: context.userID)
        try await context.reply(HeadcountPickerView.reply(chosen: []))
    }

    static func choose(_ context: InteractionContext, list: Int, allowed: Set<DungeonCode>,
                       _ services: HeadcountServices) async throws {
        let codes = context.selectedValues.map { DungeonCode($0) }
        guard codes.allSatisfy(allowed.contains) else {
            throw HeadcountComponentIDs.forged("picker select with a dungeon outside its list")
        }
        guard let chosen = await services.pickers.choose(codes, list: list, for: context.userID) else {
            try await context.reply(timedOut)
            return
        }
        let tooMany = chosen.count > HeadcountState.maximumDungeons
            ? "⚠️ Pick at most \(HeadcountState.maximumDungeons) dungeons in total." : nil
        try await context.reply(HeadcountPickerView.reply(chosen: chosen, problem: tooMany))
    }

    static let timedOut = HeadcountPickerView.closed("⏱️ Selection timed out. Run `/headcount` again.")

    static func create(_ context: InteractionContext, _ services: HeadcountServices) async throws {
        guard let chosen = await services.pickers.chosen(for: context.userID) else {
            try await context.reply(timedOut)
            return
        }
        let dungeons: [Dungeon]
        switch HeadcountState.selection(chosen.map(\.rawValue)) {
        case .success(let picked): dungeons = picked
        case .failure(let violation):
            try await context.reply(HeadcountPickerView.reply(chosen: chosen, problem: violation.reply))
            return
        }
        let organizer = MemberID(context.userID.rawValue)
        let channel = try await raidChannel(services)
        let deleted = await RunCreation.deletedMessages(of: organizer, channel: channel, services.runs)
        var record = try await services.store.create(
            organizer: organizer, username: context.interaction.invoker?.username, dungeons: dungeons,
            channelID: channel.rawValue, deletedMessages: deleted, now: services.now()).get()
        await services.pickers.finish(for: context.userID)
        let message: Message
        do {
            message = try await post(record, in: channel, services)
        } catch {
            await abandon(record, services) // a headcount nobody can see must not block the organizer
            throw error
        }
        record.messageID = message.id.rawValue
        record.state = HeadcountState(messageID: message.id.rawValue, organizer: organizer, dungeons: dungeons,
                                      createdAt: record.state.createdAt)
        try await announce(record, link: "\(channel)/\(message.id)", context, services)
    }

    /// The link in place of the picker, the organizer panel as a remembered follow-up, the audit
    /// row and the raid-log thread.
    static func announce(_ record: HeadcountRecord, link: String, _ context: InteractionContext,
                         _ services: HeadcountServices) async throws {
        try await context.reply(.text("Headcount created and posted: https://discord.com/channels/\(services.guildID)/\(link)"))
        let tally = try await services.headcount(record.id).1
        let panel = try await context.followUp(HeadcountOrganizerPanelView.reply(record, tally), ephemeral: true)
        await services.panels.remember(.headcount(record.id), shownBy: context, followUpID: panel.id)
        await context.audit(action: "headcount.created", subject: "headcount:\(record.id)")
        await services.raidLog(record, "🎯 Headcount Created — " + record.state.dungeons.map(\.name).joined(separator: ", "))
    }

    static func raidChannel(_ services: HeadcountServices) async throws -> Snowflake {
        guard let channel = try await GuildChannelStore(database: services.environment.database)
            .channel(.raid, guildID: services.guildID) else {
            throw BotKitError(.validation, detail: "raid channel unmapped",
                              userMessage: "❌ No raid channel is configured. An administrator can set one with `/setchannels raid:#channel`.")
        }
        return channel
    }

    /// Ends a headcount whose panel could not be posted, as the bot.
    static func abandon(_ record: HeadcountRecord, _ services: HeadcountServices) async {
        let owner = RunActor(member: record.state.organizer, isStaff: false)
        _ = try? await services.store.perform(record.id, member: owner.member, byBot: true, now: services.now()) { _ in
            .end(by: owner)
        }
    }

    /// Posts the public panel (`@here` and the dungeons' ping roles) and remembers its message.
    static func post(_ record: HeadcountRecord, in channel: Snowflake, _ services: HeadcountServices) async throws -> Message {
        let roles = await services.pingRoles(record.state.dungeons.map(\.code))
        let panel = HeadcountPanelView.message(record, HeadcountTally(participants: [record.state.organizer]),
                                               pings: DungeonRolePings.mentions(roles))
        let message = try await services.rest.createMessage(channelID: channel, MessageCreate(
            content: panel.content, embeds: panel.embeds, components: panel.components,
            allowedMentions: AllowedMentions(parse: ["everyone"], roles: roles.isEmpty ? nil : roles)))
        try await services.store.attachMessage(record.id, messageID: message.id.rawValue)
        return message
    }
}
