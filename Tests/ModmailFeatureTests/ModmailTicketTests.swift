import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
import TestSupport

/// A modmail ticket from the member's DM to the staff thread and back, through the router, the DM
/// conversation layer, the outbox, a real SQLite file and the Discord stand-in.
@Suite("Modmail tickets", .serialized, .timeLimit(.minutes(1)))
struct ModmailTicketTests {
    @Test("/modmail from a DM, one message, preview, Send: the ticket embed with Close and a thread")
    func memberOpensTicketFromDM() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin")
            // When the member runs /modmail in DMs
            await stage.run("modmail", as: rin)
            #expect(await stage.lastAnswer().contains("Write your message"))
            #expect(await stage.directMessages(to: rin.id).last?.embedTitle?.hasPrefix("📬 Contact the staff") == true)
            #expect(try await stage.count("SELECT count(*) FROM modmail_draft WHERE stage = 'awaiting_message'") == 1)
            // and writes one message with an attachment
            let receipt = try await stage.dm("Someone scammed me", from: rin, attachments: ["https://cdn.example/proof.png"])
            #expect(receipt == .handled(kind: "modmail"))
            // Then a preview with Send and Cancel arrives
            let preview = try #require(await stage.directMessages(to: rin.id).last)
            #expect(preview.embedDescription == "Someone scammed me")
            let buttons = stage.buttons(in: preview)
            #expect(Set(buttons.keys) == ["Send", "Cancel"])
            // When they press Send
            await stage.press(try #require(buttons["Send"]), as: rin)
            // Then the ticket exists, is posted with its Close button, and has a thread
            #expect(await stage.lastAnswer() == "✅ Modmail sent")
            let ticket = try #require(try await stage.openTicket(of: rin.id))
            #expect(ticket.id.count == 9 && ticket.id.hasPrefix("MM-"))
            let posted = await stage.sandbox.guild.messages(in: try await stage.modmailChannel())
            #expect(posted.map(\.embedTitle) == ["📬 New Modmail Ticket"])
            #expect(stage.buttons(in: posted.first)["Close Ticket"] == "v1:modmail:close:\(ticket.id)")
            let thread = try #require(await stage.sandbox.guild.channel(ticket.thread))
            #expect(thread.name.hasPrefix("\(ticket.id) - raider_rin"))
            #expect(await stage.sandbox.guild.messages(in: ticket.thread).first?.content.contains("/modmailreply") == true)
            #expect(try await stage.count("SELECT count(*) FROM modmail_draft") == 0)
            #expect(try await stage.count("SELECT count(*) FROM modmail_message WHERE content = 'Someone scammed me'") == 1)
            #expect(try await stage.count("SELECT count(*) FROM dm_conversation WHERE step = 'ticket_open'") == 1)
        }
    }

    @Test("the member's later DMs reach the thread in order, once, across a restart and a re-delivery")
    func laterDMsAreRelayedOnceInOrder() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin")
            let ticket = try await stage.openTicket(rin)
            // Given two DMs, one delivered twice (a gateway resume)
            let first = Snowflake(stage.ids.next())
            #expect(try await stage.dm("It was in the Nexus", from: rin, id: first) == .handled(kind: "modmail"))
            #expect(try await stage.dm("It was in the Nexus", from: rin, id: first) == .duplicate)
            // and a restart before the second, with the first not posted yet
            let restarted = try await stage.restarted()
            try await restarted.dm("Screenshot attached", from: rin, attachments: ["https://cdn.example/trade.png"])
            // When the outbox runs
            await restarted.drainOutbox()
            await restarted.drainOutbox()
            // Then each appears in the thread once, in order, the attachment as a link
            let relayed = await stage.sandbox.guild.messages(in: ticket.thread).filter { $0.embedTitle == "💬 Member" }
            #expect(relayed.map(\.embedDescription) == ["It was in the Nexus", "Screenshot attached"])
            let field = relayed.last?.embeds.first?.asObject?["fields"]?.asArray?.first?["value"]?.asString
            #expect(field?.contains("https://cdn.example/trade.png") == true)
            #expect(try await stage.count("SELECT count(*) FROM modmail_message WHERE relayed_at IS NULL") == 0)
        }
    }

    @Test("a restart while the member writes keeps the draft: the DM and Send work in the new process")
    func restartMidDraftKeepsIt() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin")
            await stage.run("modmail", as: rin)
            // When the bot restarts before the member's message
            let second = try await stage.restarted()
            #expect(try await second.dm("Written after the restart", from: rin) == .handled(kind: "modmail"))
            // and again before Send
            let third = try await second.restarted()
            let send = try #require(third.buttons(in: await third.directMessages(to: rin.id).last)["Send"])
            await third.press(send, as: rin)
            // Then the ticket carries the message
            #expect(await third.lastAnswer() == "✅ Modmail sent")
            #expect(try await third.count("SELECT count(*) FROM modmail_message WHERE content = 'Written after the restart'") == 1)
        }
    }

    @Test("Send after the preview's 5 minutes is refused and opens nothing")
    func expiredDraftIsRefused() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin")
            await stage.run("modmail", as: rin)
            try await stage.dm("Too slow", from: rin)
            let send = try #require(stage.buttons(in: await stage.directMessages(to: rin.id).last)["Send"])
            stage.clock.advance(by: .seconds(6 * 60))
            await stage.press(send, as: rin)
            #expect(await stage.responder.lastText?.contains("expired") == true)
            #expect(try await stage.count("SELECT count(*) FROM modmail_ticket") == 0)
            #expect(await stage.sandbox.guild.messages(in: try await stage.modmailChannel()).isEmpty)
        }
    }

    @Test("a second Send on the same preview opens no second ticket")
    func doubleSendOpensOneTicket() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin")
            let ticket = try await stage.openTicket(rin)
            let send = "v1:modmail:confirm:\(rin.id)"
            await stage.press(send, as: rin)
            #expect(try await stage.count("SELECT count(*) FROM modmail_ticket") == 1)
            #expect(await stage.sandbox.guild.messages(in: try await stage.modmailChannel()).count == 1)
            #expect(try await stage.openTicket(of: rin.id)?.id == ticket.id)
        }
    }

    @Test("Cancel drops the draft; a later DM is not taken as a message")
    func cancelDropsTheDraft() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin")
            await stage.run("modmail", as: rin)
            try await stage.dm("Never mind", from: rin)
            let cancel = try #require(stage.buttons(in: await stage.directMessages(to: rin.id).last)["Cancel"])
            await stage.press(cancel, as: rin)
            #expect(await stage.lastAnswer() == "❌ Modmail cancelled")
            #expect(try await stage.count("SELECT count(*) FROM modmail_draft") == 0)
            #expect(try await stage.dm("hello?", from: rin) == .noConversation)
            #expect(try await stage.count("SELECT count(*) FROM modmail_ticket") == 0)
        }
    }

    @Test("/modmailreply in the thread DMs the member, is recorded and shown in the thread")
    func staffReplyReachesMember() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin"), sam = try await stage.member("security_sam")
            let ticket = try await stage.openTicket(rin)
            await stage.run("modmailreply", [Option.text("message", "We're looking into it")], as: sam, in: ticket.thread)
            #expect(await stage.lastAnswer().hasPrefix("✅ Reply sent"))
            let dm = try #require(await stage.directMessages(to: rin.id).last)
            #expect(dm.embedTitle == "📨 Staff Reply to Your Modmail")
            #expect(dm.embedDescription == "We're looking into it")
            #expect(try await stage.count("SELECT count(*) FROM modmail_message WHERE is_staff_reply = 1") == 1)
            #expect(await stage.sandbox.guild.messages(in: ticket.thread).last?.embedTitle == "📨 security_sam (Staff)")
            #expect(try await stage.count("SELECT count(*) FROM quota_event WHERE subject_id LIKE 'modmail_reply:%'") == 1)
        }
    }

    @Test("Close is refused to a non-staff member and closes for staff, after a restart")
    func closeIsStaffOnly() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin"), sam = try await stage.member("security_sam")
            let ticket = try await stage.openTicket(rin)
            let close = "v1:modmail:close:\(ticket.id)", channel = try await stage.modmailChannel()
            // A raider cannot close it
            await stage.press(close, as: rin, in: channel)
            #expect(try await stage.openTicket(of: rin.id) != nil)
            // Staff can, in a new process
            let restarted = try await stage.restarted()
            await restarted.press(close, as: sam, in: channel)
            #expect(await restarted.lastAnswer() == "🔒 Ticket `\(ticket.id)` closed.")
            #expect(try await restarted.count("SELECT count(*) FROM modmail_ticket WHERE status = 'closed' AND closed_by IS NOT NULL") == 1)
            #expect(await stage.sandbox.guild.message(ticket.message)?.components.isEmpty == true)
            #expect(await stage.sandbox.guild.channel(ticket.thread)?.archived == true)
            #expect(await stage.directMessages(to: rin.id).last?.embedTitle == "🔒 Modmail Ticket Closed")
            // and the member's DMs are no longer relayed
            #expect(try await restarted.dm("one more thing", from: rin) == .noConversation)
        }
    }
}
