import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
import TestSupport

/// Staff answering a ticket with plain messages in its thread (issue 10): the guild setting, who
/// and what is relayed, order with `/modmailreply`, exactly once across a resume and a restart, and
/// a member whose DMs are closed. Guild messages enter as the gateway intake hands them over.
@Suite("Modmail thread relay", .serialized, .timeLimit(.minutes(1)))
struct ModmailThreadRelayTests {
    /// The staff DMs the member received (plain thread messages and /modmailreply), in order.
    private func staffDMs(_ stage: ModmailStage, to userID: Snowflake) async -> [SandboxMessage] {
        await stage.directMessages(to: userID).filter { $0.embedTitle == "📨 Staff Reply to Your Modmail" }
    }

    @Test("a staff plain message with an attachment reaches the member, in order with /modmailreply, marked ✅")
    func staffMessageReachesMemberInOrder() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin"), sam = try await stage.member("security_sam")
            try await stage.configureThreadRelay(true)
            #expect(await stage.lastAnswer().hasPrefix("✅ Staff messages in open ticket threads are now sent"))
            let ticket = try await stage.openTicket(rin)
            #expect(await stage.sandbox.guild.messages(in: ticket.thread).first?.content.contains("simply write") == true)
            // Staff write in the thread, then reply with the command before the outbox ran
            let first = try await stage.post("Thanks, can you send the trade screenshot?", in: ticket.thread, as: sam,
                                             attachments: ["https://cdn.example/rules.png"])
            await stage.run("modmailreply", [Option.text("message", "We're looking into it")], as: sam, in: ticket.thread)
            #expect(await stage.lastAnswer().hasPrefix("✅ Reply sent"))
            let second = try await stage.post("Got it, thanks", in: ticket.thread, as: sam)
            await stage.drainOutbox()
            // Then the member has all three in the order staff wrote them, the attachment as a link
            let dms = await staffDMs(stage, to: rin.id)
            #expect(dms.map(\.embedDescription) == ["Thanks, can you send the trade screenshot?", "We're looking into it",
                                                    "Got it, thanks"])
            let field = dms.first?.embeds.first?.asObject?["fields"]?.asArray?.first?["value"]?.asString
            #expect(field?.contains("https://cdn.example/rules.png") == true)
            // and each thread message is marked, recorded as a staff reply and off the queue
            #expect(await stage.sandbox.guild.message(first.id)?.reactions == ["✅"])
            #expect(await stage.sandbox.guild.message(second.id)?.reactions == ["✅"])
            #expect(try await stage.count("SELECT count(*) FROM modmail_message WHERE is_staff_reply = 1") == 3)
            #expect(try await stage.count(
                "SELECT count(*) FROM modmail_message WHERE is_staff_reply = 1 AND attachments LIKE '%rules.png%'") == 1)
            #expect(try await stage.count("SELECT count(*) FROM modmail_message WHERE relayed_at IS NULL") == 0)
            // Nothing was echoed back into the thread as a member message
            #expect(await stage.sandbox.guild.messages(in: ticket.thread).filter { $0.embedTitle == "💬 Member" }.isEmpty)
        }
    }

    @Test("not relayed: setting off, ignore prefix, non-staff author, the bot's own posts, a closed ticket")
    func whatIsNotRelayed() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin"), sam = try await stage.member("security_sam")
            let ray = try await stage.member("raider_ray")
            let ticket = try await stage.openTicket(rin)
            // The setting is off by default
            try await stage.post("Off by default", in: ticket.thread, as: sam)
            // Turned on with a custom prefix
            try await stage.configureThreadRelay(true, ignorePrefix: "!")
            try await stage.post("! internal: alt account of someone", in: ticket.thread, as: sam)
            try await stage.post("I'm not staff", in: ticket.thread, as: ray)
            let botPost = try await stage.rest.createMessage(channelID: ticket.thread, MessageCreate(content: "bot post"))
            var own = botPost
            own.guildID = stage.sandbox.configuration.guildID
            await stage.deliver(own)
            try await stage.post("Relayed", in: ticket.thread, as: sam)
            // Turned off again
            try await stage.configureThreadRelay(false)
            #expect(await stage.lastAnswer().contains("no longer sent"))
            try await stage.post("Off again", in: ticket.thread, as: sam)
            // Turned on, but the ticket is closed
            try await stage.configureThreadRelay(true)
            await stage.press("v1:modmail:close:\(ticket.id)", as: sam, in: try await stage.modmailChannel())
            try await stage.post("After close", in: ticket.thread, as: sam)
            await stage.drainOutbox()
            #expect(await staffDMs(stage, to: rin.id).map(\.embedDescription) == ["Relayed"])
            #expect(try await stage.count("SELECT count(*) FROM modmail_message WHERE is_staff_reply = 1") == 1)
            // The custom prefix stayed set when the relay was turned off and on
            #expect(try await stage.count("SELECT count(*) FROM guild_modmail_config WHERE ignore_prefix = '!'") == 1)
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'modmail.config'") == 3)
        }
    }

    @Test("the same MESSAGE_CREATE twice (a resume's replay) and a restart before delivery: one DM each")
    func exactlyOnceAcrossResumeAndRestart() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin"), sam = try await stage.member("security_sam")
            try await stage.configureThreadRelay(true)
            let ticket = try await stage.openTicket(rin)
            // A message delivered twice before the outbox ran
            let replayed = try await stage.post("First", in: ticket.thread, as: sam)
            await stage.deliver(replayed)
            await stage.drainOutbox()
            await stage.deliver(replayed) // and again after it was DMed
            await stage.drainOutbox()
            // A message recorded, then the process dies before the outbox runs
            try await stage.post("Second", in: ticket.thread, as: sam)
            let restarted = try await stage.restarted()
            await restarted.drainOutbox()
            await restarted.drainOutbox()
            #expect(await staffDMs(restarted, to: rin.id).map(\.embedDescription) == ["First", "Second"])
            #expect(try await restarted.count("SELECT count(*) FROM modmail_message WHERE is_staff_reply = 1") == 2)
        }
    }

    @Test("a restart between the DM and its stamp sends nothing twice (the DM's nonce)")
    func restartBetweenSendAndStamp() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin"), sam = try await stage.member("security_sam")
            try await stage.configureThreadRelay(true)
            let ticket = try await stage.openTicket(rin)
            try await stage.post("Only once", in: ticket.thread, as: sam)
            await stage.drainOutbox()
            // As if the stamp had not been written before the crash
            _ = try await stage.db.database.write { try $0.execute("UPDATE modmail_message SET relayed_at = NULL WHERE is_staff_reply = 1") }
            _ = try await stage.db.database.write { try $0.execute("UPDATE outbox SET done_at = NULL, outcome = NULL WHERE target LIKE 'panel:modmail_dm:%'") }
            let restarted = try await stage.restarted()
            await restarted.drainOutbox()
            #expect(await staffDMs(restarted, to: rin.id).map(\.embedDescription) == ["Only once"])
            #expect(try await restarted.count("SELECT count(*) FROM modmail_message WHERE relayed_at IS NULL") == 0)
        }
    }

    @Test("Discord failing past the outbox's retries: staff are told it is not delivered yet; it goes with the next message")
    func stalledDeliveryIsReportedAndCarriedByTheNextMessage() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin")
            let sam = try await stage.member("security_sam")
            try await stage.configureThreadRelay(true)
            let ticket = try await stage.openTicket(rin)
            let attempts = OutboxRetryPolicy().maximumAttempts
            await stage.sandbox.inject(.serverError(status: 502), on: RouteSelector(method: "POST", route: "/users/@me/channels"),
                                       count: attempts)
            let stalled = try await stage.post("Still there?", in: ticket.thread, as: sam)
            for _ in 0..<attempts {
                await stage.drainOutbox()
                stage.clock.advance(by: .seconds(600))
            }
            let notes = await stage.sandbox.guild.messages(in: ticket.thread).filter { $0.content.hasPrefix("⚠️ Not delivered yet") }
            #expect(notes.count == 1)
            #expect(notes.first?.fields["message_reference"]?["message_id"]?.asString == String(stalled.id.rawValue))
            #expect(await staffDMs(stage, to: rin.id).isEmpty)
            #expect(try await stage.count("SELECT count(*) FROM outbox WHERE done_at IS NULL") == 0)
            try await stage.post("Hello again", in: ticket.thread, as: sam)
            await stage.drainOutbox()
            #expect(await staffDMs(stage, to: rin.id).map(\.embedDescription) == ["Still there?", "Hello again"])
        }
    }

    @Test("member DMs closed: staff are told in the thread, the message is kept, nothing retried")
    func closedDMsAreReportedOnce() async throws {
        try await ModmailStage.with { stage in
            var rin = try await stage.member("raider_rin")
            let sam = try await stage.member("security_sam")
            try await stage.configureThreadRelay(true)
            let ticket = try await stage.openTicket(rin)
            rin.user.acceptsDMs = false
            await stage.sandbox.updateMember(rin)
            let message = try await stage.post("Are you there?", in: ticket.thread, as: sam)
            await stage.drainOutbox()
            await stage.drainOutbox()
            let notes = await stage.sandbox.guild.messages(in: ticket.thread).filter { $0.content.hasPrefix("⚠️ Not delivered") }
            #expect(notes.count == 1)
            #expect(notes.first?.content.contains("doesn't accept DMs") == true)
            #expect(await stage.sandbox.guild.message(message.id)?.reactions == [])
            #expect(try await stage.count("SELECT count(*) FROM modmail_message WHERE relay_failed = 1 AND relayed_at IS NOT NULL") == 1)
            #expect(try await stage.count("SELECT count(*) FROM outbox WHERE done_at IS NULL") == 0)
            // A later message is tried on its own (the member may have opened their DMs since)
            rin.user.acceptsDMs = true
            await stage.sandbox.updateMember(rin)
            try await stage.post("Now?", in: ticket.thread, as: sam)
            await stage.drainOutbox()
            #expect(await staffDMs(stage, to: rin.id).map(\.embedDescription) == ["Now?"])
        }
    }

    @Test("a message without content (Message Content intent off) is not relayed and staff are told")
    func emptyContentIsReported() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin"), sam = try await stage.member("security_sam")
            try await stage.configureThreadRelay(true)
            let ticket = try await stage.openTicket(rin)
            var message = try await stage.post("", in: ticket.thread, as: sam, attachments: ["https://cdn.example/a.png"])
            message.id = Snowflake(stage.ids.next())
            message.content = ""
            message.attachments = []
            await stage.deliver(message)
            await stage.drainOutbox()
            // The attachment-only message is relayed; the empty one is explained in the thread
            #expect(await staffDMs(stage, to: rin.id).count == 1)
            let notes = await stage.sandbox.guild.messages(in: ticket.thread).filter { $0.content.hasPrefix("⚠️ Not relayed") }
            #expect(notes.count == 1 && notes.first?.content.contains("Message Content Intent") == true)
        }
    }
}
