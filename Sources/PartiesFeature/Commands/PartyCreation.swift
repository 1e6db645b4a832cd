import FeatureKit
import BotKit
import DiscordModels
import DiscordREST
import RaidDomain

/// `/party` (§1.1, §3.10): validate, apply the one-open-party and 3-per-30-minutes rules in the
/// insert's transaction, post in the party_finder channel with a thread, answer with a link, open
/// the party's raid-log thread.
enum PartyCreation {
    /// The dungeon options, in order.
    static let dungeonOptions = (1...PartyPost.maximumDungeons).map { "dungeon_\($0)" }

    /// The declaration: name and description required, location and five autocompleted dungeons optional.
    static let declaration = CommandDeclaration(
        name: "party", description: "Post a party in the party finder channel",
        options: [
            ApplicationCommandOption(type: .string, name: "party_name", description: "The party name", required: true,
                                     maxLength: PartyPost.nameLength),
            ApplicationCommandOption(type: .string, name: "description", description: "What the party is about",
                                     required: true, maxLength: PartyPost.descriptionLength),
            ApplicationCommandOption(type: .string, name: "location", description: "In-game server/location",
                                     maxLength: PartyPost.locationLength),
        ] + dungeonOptions.map {
            ApplicationCommandOption(type: .string, name: $0, description: "A dungeon you plan to run", autocomplete: true)
        },
        gate: .rank(.verifiedRaider), deferStyle: .ephemeralReply,
        usage: "/party party_name:<name> description:<text> [location] [dungeon_1..dungeon_5]",
        examples: ["/party party_name:Shatters crew description:Chill runs all evening dungeon_1:Shatters"])

    /// Runs `/party` for the invoker (already gated to verified raider+ and deferred ephemerally).
    static func handle(_ context: InteractionContext, _ services: PartyServices) async throws {
        let post = try draft(context, now: services.now())
        guard let channel = try await GuildChannelStore(database: services.environment.database)
            .channel(.partyFinder, guildID: services.guildID) else {
            throw BotKitError(.validation, detail: "party_finder channel unmapped", userMessage:
                "❌ No party finder channel is configured. An administrator can set one with `/setchannels party_finder:#channel`.")
        }
        let username = context.interaction.invoker?.username
        await closeVanishedParty(of: post.owner, services)
        let created = try await services.store.create(post, ownerUsername: username, channelID: channel.rawValue).get()
        let record = try await publish(created, in: channel, services)
        try await context.reply(.text("✅ Party posted: https://discord.com/channels/\(services.guildID)/\(channel)/"
            + "\(record.messageID ?? 0)\nIt closes itself <t:\(post.expiresAt.unixSeconds):R> unless you press **Extend**."))
        await services.raidLog(record, "✅ Party Created — \(post.name)" + (post.location.map { " | Location: \($0)" } ?? "")
            + (post.dungeons.isEmpty ? "" : " | Dungeons: " + post.dungeons.map(\.name).joined(separator: ", ")),
                               ownerName: username)
    }

    /// Posts the party and opens its thread, storing both ids; a refused post forgets the party
    /// (it neither blocks nor counts) and fails the command.
    static func publish(_ created: PartyRecord, in channel: Snowflake, _ services: PartyServices) async throws -> PartyRecord {
        var record = created
        let message: Message
        do {
            message = try await services.rest.createMessage(channelID: channel, PartyPostView.message(record))
        } catch {
            try? await services.store.discardUnposted(record.id)
            throw error
        }
        record.messageID = message.id.rawValue
        record.threadID = await openThread(on: message, record, services)
        try await services.store.attachPost(record.id, messageID: message.id.rawValue, threadID: record.threadID)
        return record
    }

    /// The post the options describe, or the rule's refusal.
    static func draft(_ context: InteractionContext, now: Timestamp) throws -> PartyPost {
        let options = context.commandData?.leafOptions ?? []
        func text(_ name: String) -> String? { options.first { $0.name == name }?.value?.stringValue }
        let codes = dungeonOptions.compactMap(text).filter { $0.contains { !$0.isWhitespace } }
        return try PartyPost.make(owner: MemberID(context.userID.rawValue), name: text("party_name") ?? "",
                                  description: text("description") ?? "", location: text("location"),
                                  dungeonCodes: codes, at: now).mapError(PartyRefusal.rule).get()
    }

    /// Closes the member's open party when its post is gone from Discord (deleted by hand), so a
    /// post nobody can see never blocks a new one. Discord unreachable: the party stands.
    static func closeVanishedParty(of owner: MemberID, _ services: PartyServices) async {
        guard let open = try? await services.store.openParty(of: owner), let message = open.messageID else { return }
        do {
            _ = try await services.rest.getMessage(channelID: Snowflake(open.channelID), messageID: Snowflake(message))
        } catch let error as RESTError where error.status == 404 {
            guard let closed = try? await services.store.closeVanished(open.id, now: services.now()) else { return }
            await services.deletePost(closed)
            await services.raidLog(closed, "❌ Party Closed (its post was deleted)")
        } catch {
            return
        }
    }

    /// The discussion thread on the post; nil (logged) when Discord refused.
    static func openThread(on message: Message, _ record: PartyRecord, _ services: PartyServices) async -> UInt64? {
        do {
            let thread = try await services.rest.createThread(
                channelID: message.channelID, messageID: message.id,
                ThreadParameters(name: record.post.threadName, autoArchiveDuration: 60))
            return thread.id.rawValue
        } catch {
            services.logger.warning("party thread not opened", metadata: ["party.id": "\(record.id)", "error": "\(error)"])
            return nil
        }
    }
}
