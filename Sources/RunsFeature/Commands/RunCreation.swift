import FeatureKit
import BotKit
import DiscordModels
import DiscordREST
import RaidDomain

/// `/run` (§1.1, §3.2): validate, enforce one activity per organizer (quietly cancelling runs whose
/// message was deleted), create the run and its role, post the public panel in the raid channel,
/// answer with a link and the organizer panel, open the raid log.
public enum RunCreation {
    static let declaration = CommandDeclaration(
        name: "run", description: "Start a raid run in the raid channel",
        options: [
            ApplicationCommandOption(type: .string, name: "dungeon", description: "The dungeon", required: true,
                                     autocomplete: true),
            ApplicationCommandOption(type: .string, name: "party", description: "In-game party name", maxLength: 100),
            ApplicationCommandOption(type: .string, name: "location", description: "In-game server/location",
                                     maxLength: 100),
            ApplicationCommandOption(type: .string, name: "description", description: "A note for raiders",
                                     maxLength: 1024),
        ],
        gate: .rank(.organizer), deferStyle: .ephemeralReply,
        usage: "/run dungeon:<name> [party] [location] [description]",
        examples: ["/run dungeon:Shatters", "/run dungeon:Oryx 3 party:Raid1 location:USWest"])

    /// Dungeon autocomplete, ranked by RaidDomain; an empty query lists the guild's recent dungeons.
    static func suggest(_ typed: CommandInteractionOption, _ services: RunServices) async -> [ApplicationCommandOptionChoice] {
        let recent = (try? await services.store.recentDungeons()) ?? RecentDungeons()
        return DungeonChoices.choices(for: typed, recent: recent)
    }

    static func handle(_ context: InteractionContext, _ services: RunServices) async throws {
        let organizer = MemberID(context.userID.rawValue)
        let draft = try RunDraft.make(organizer: organizer, dungeonCode: option(context, "dungeon") ?? "",
                                      party: option(context, "party"), location: option(context, "location"),
                                      description: option(context, "description")).get()
        guard let channel = try await GuildChannelStore(database: services.environment.database)
            .channel(.raid, guildID: services.guildID) else {
            throw BotKitError(.validation, detail: "raid channel unmapped",
                              userMessage: "❌ No raid channel is configured. An administrator can set one with `/setchannels raid:#channel`.")
        }
        let deleted = await deletedMessages(of: organizer, channel: channel, services)
        var record = try await services.store.create(
            draft, guildName: "Guild", organizerUsername: context.interaction.invoker?.username,
            channelID: channel.rawValue, deletedMessages: deleted, now: services.now()).get()
        record.roleID = await createRole(for: record, draft: draft, context: context, services)
        let tally = try await services.store.runWithTally(record.id)?.1 ?? RunTally(joined: 1)
        let message: Message
        do {
            message = try await post(record, tally, draft: draft, in: channel, services)
        } catch {
            await abandon(record, services) // a run nobody can see must not hold its role or its organizer
            throw error
        }
        record.postMessageID = message.id.rawValue
        try await context.reply(.text("Run created and posted: https://discord.com/channels/\(services.guildID)/\(channel)/\(message.id)"))
        let organizerPanel = try await context.followUp(OrganizerPanelView.reply(record, tally), ephemeral: true)
        await services.panels.remember(.run(record.id.rawValue), shownBy: context, followUpID: organizerPanel.id)
        await context.audit(action: "run.created", subject: record.id.description)
        if let notice = draft.earlyLocNotice { await RunNotices.announce(notice, record.state, services: services) }
        await services.raidLog(record, "✅ Raid Created — \(draft.dungeon.name)"
            + (draft.party.map { " | Party: \($0)" } ?? "") + (draft.location.map { " | Location: \($0)" } ?? ""))
    }

    /// The public panel in the raid channel, `@here` and the dungeon's ping role, remembered on the run.
    static func post(_ record: RunRecord, _ tally: RunTally, draft: RunDraft, in channel: Snowflake,
                     _ services: RunServices) async throws -> Message {
        let panel = RunPanelView.message(record, tally, now: services.now())
        let pingRole = await services.pingRole(draft.dungeon)
        let message = try await services.rest.createMessage(channelID: channel, MessageCreate(
            content: [panel.content ?? "@here", pingRole.map { "<@&\($0)>" }].compactMap { $0 }.joined(separator: " "),
            embeds: panel.embeds, components: panel.components,
            allowedMentions: AllowedMentions(parse: ["everyone"], roles: pingRole.map { [$0] })))
        try await services.store.attachPost(record.id, messageID: message.id.rawValue)
        return message
    }

    /// Cancels a run whose panel Discord refused, and deletes its role.
    static func abandon(_ record: RunRecord, _ services: RunServices) async {
        let organizer = RunActor(member: record.state.organizer, isStaff: false)
        _ = try? await services.store.perform(record.id, member: organizer.member, now: services.now()) { _ in
            .cancel(by: organizer)
        }
        _ = await services.deleteRunRole(record.roleID)
    }

    static func option(_ context: InteractionContext, _ name: String) -> String? {
        context.commandData?.leafOptions.first { $0.name == name }?.value?.stringValue
    }

    /// Public messages of the organizer's active runs and headcount that no longer exist.
    public static func deletedMessages(of organizer: MemberID, channel: Snowflake, _ services: RunServices) async -> Set<UInt64> {
        var deleted = Set<UInt64>()
        for activity in (try? await services.store.hostedActivities(of: organizer)) ?? [] {
            guard let message = activity.messageID else { continue }
            do {
                _ = try await services.rest.getMessage(channelID: channel, messageID: Snowflake(message))
            } catch let error as RESTError where error.status == 404 {
                deleted.insert(message)
            } catch {
                continue // Discord unreachable: treat as existing rather than cancel a live run
            }
        }
        return deleted
    }

    /// The temporary run role (§3.13), recorded as bot-made the moment Discord returns it, and given
    /// to the auto-joined organizer. A failure leaves the run without a role.
    public static func createRole(for record: RunRecord, draft: RunDraft, context: InteractionContext,
                           _ services: RunServices) async -> UInt64? {
        let name = draft.runRoleName(organizerUsername: context.interaction.invoker?.username ?? "Organizer")
        do {
            let role = try await services.rest.createRole(
                guildID: services.guildID, RoleParameters(name: name, color: 0x808080, hoist: false, mentionable: false),
                reason: "Temporary role for raid run: \(draft.dungeon.name)")
            try await services.store.attachRole(record.id, roleID: role.id.rawValue, now: services.now())
            var withRole = record
            withRole.roleID = role.id.rawValue
            await services.setRunRole(withRole, member: draft.organizer, present: true)
            return role.id.rawValue
        } catch {
            services.logger.warning("run role not created", metadata: ["run.id": "\(record.id)", "error": "\(error)"])
            return nil
        }
    }
}
