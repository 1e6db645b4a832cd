import BotKit
import DiscordModels
import DiscordSandbox
import FeatureKit
import Storage
import Testing
import TestSupport

/// Modmail through the stand-in and the real bot: the member's DMs arrive over the gateway, the
/// outbox worker relays them, and a restart between two DMs loses or repeats nothing; staff's plain
/// thread messages arrive over the gateway and reach the member.
@Suite("Modmail end to end", .timeLimit(.minutes(2)))
struct ModmailEndToEndTests {
    @Test("a ticket from DM to thread and back, with a restart between two DMs, then a plain staff thread message")
    func ticketFromDMToThreadAndBack() async throws {
        let harness = try await BotHarness.start(clock: ManualBotClock())
        let sandbox = harness.sandbox, guild = harness.sandbox.guild, guildID = harness.sandbox.configuration.guildID
        let security = try #require(await guild.member(named: "security_sam"))
        let securityRole = try #require(await guild.role(named: "Security"))
        let modmail = try #require(await guild.channel(named: "modmail"))
        _ = try await GuildRoleStore(database: harness.database).setRoles([.security: securityRole.id], guildID: guildID,
                                                                           actorID: security.id, now: 1)
        _ = try await GuildChannelStore(database: harness.database).setChannels([.modmail: modmail.id], guildID: guildID,
                                                                                 actorID: security.id, now: 1)
        let member = await guild.addMember(username: "writer")

        // The member runs /modmail in the guild and writes their message in DMs
        let start = try await sandbox.run(command: "modmail", as: member)
        #expect(RunsStage.text(try await start.answer(0) { if case .callback = $0 { false } else { true } })
            .contains("Check your DMs"))
        try await sandbox.sendDM("My key was stolen", from: member)
        let dm = try #require(await guild.dmChannel(with: member.id)).id
        _ = try await sandbox.firstRequest {
            $0.method == "POST" && $0.path.hasSuffix("/channels/\(dm)/messages") && $0.body?["components"] != nil
        }
        // and presses Send on the preview
        let preview = try #require(await guild.messages(in: dm).last)
        let send = try #require(preview.customIDs.first { $0.hasPrefix("v1:modmail:confirm:") })
        let sent = try await sandbox.click(send, on: preview, as: member)
        #expect(RunsStage.text(try await sent.answer(0) { if case .callback = $0 { false } else { true } })
            .contains("Modmail sent"))
        let thread = try #require(try await harness.database.read {
            try $0.fetchValue("SELECT thread_id FROM modmail_ticket WHERE status = 'open'", as: Snowflake.self)
        })
        #expect(await guild.messages(in: modmail.id).count == 1)

        // A later DM is relayed into the thread; the bot restarts; the next one is relayed too
        try await sandbox.sendDM("It happened in the Nexus", from: member)
        try await awaitRelay(1, in: thread, sandbox)
        try await harness.restartBot()
        try await sandbox.sendDM("Here is the trade log", from: member)
        try await awaitRelay(2, in: thread, sandbox)
        let relayed = await guild.messages(in: thread).compactMap { message -> String? in
            guard message.embeds.first?["title"]?.asString == "💬 Member" else { return nil }
            return message.embeds.first?["description"]?.asString
        }
        #expect(relayed == ["It happened in the Nexus", "Here is the trade log"])

        // Staff answer with /modmailreply in the thread; the member gets the DM
        let reply = try await sandbox.run(command: "modmailreply", options: [.string("message", "We're on it")],
                                          in: thread, as: security)
        #expect(RunsStage.text(try await reply.answer(0) { if case .callback = $0 { false } else { true } })
            .contains("Reply sent"))
        #expect(await guild.messages(in: dm).last?.embeds.first?["title"]?.asString == "📨 Staff Reply to Your Modmail")

        // The guild owner turns on the thread relay; staff then answer with a plain thread message,
        // which reaches the bot over the gateway (GUILD_MESSAGES, MESSAGE_CONTENT) and the member by DM
        let owner = try #require(await guild.member(named: "guild_owner"))
        let configure = try await sandbox.run(command: "configmodmail", options: [
            .subcommand("relay-thread-messages", [.boolean("enabled", true)]),
        ], in: modmail.id, as: owner)
        #expect(RunsStage.text(try await configure.answer(0) { if case .callback = $0 { false } else { true } })
            .contains("now sent to the member"))
        _ = try await sandbox.post("// staff note: not for the member", in: thread, as: security)
        let plain = try await sandbox.post("Found the trade, restoring your key", in: thread, as: security,
                                           attachments: ["https://cdn.example/restore.png"])
        _ = try await sandbox.requests.first { request in
            request.method == "PUT" && request.path.contains("/channels/\(thread)/messages/\(plain.id)/reactions/")
        }
        let staffDMs = await guild.messages(in: dm).compactMap { $0.embeds.first?["description"]?.asString }
        #expect(staffDMs.suffix(2) == ["We're on it", "Found the trade, restoring your key"])
        #expect(await guild.message(plain.id)?.reactions == ["✅"])
        await harness.stop()
    }

    /// Waits for the `count`-th relayed member message posted in `thread`.
    private func awaitRelay(_ count: Int, in thread: Snowflake, _ sandbox: DiscordSandbox) async throws {
        _ = try await sandbox.requests.first(occurrence: count - 1) { request in
            request.method == "POST" && request.path.hasSuffix("/channels/\(thread)/messages")
                && request.body?["embeds"]?.asArray?.first?["title"]?.asString == "💬 Member"
        }
    }
}
