import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
import TestSupport

/// The blacklist and every refusal of §6.8: a plain answer, nothing written, nothing posted.
@Suite("Modmail refusals", .serialized, .timeLimit(.minutes(1)))
struct ModmailRefusalTests {
    @Test("a blacklisted member is refused; the blacklist is audited and can be lifted")
    func blacklistedMemberIsRefused() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin"), hana = try await stage.member("head_leader_hana")
            let staff = try #require(await stage.sandbox.guild.channel(named: "general")).id
            await stage.run("modmailblacklist", [Option.user(rin.id), Option.text("reason", "Spam")], as: hana, in: staff)
            #expect(await stage.lastAnswer() == "🚫 Modmail Blacklist")
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'modmail.blacklist'") == 1)
            // When the blacklisted member runs /modmail
            await stage.run("modmail", as: rin)
            // Then they are refused and nothing is written or DMed
            #expect(await stage.lastAnswer().contains("blacklisted"))
            #expect(try await stage.count("SELECT count(*) FROM modmail_draft") == 0)
            #expect(await stage.directMessages(to: rin.id).isEmpty)
            // After the blacklist is lifted they may write again
            await stage.run("modmailunblacklist", [Option.user(rin.id), Option.text("reason", "Appealed")], as: hana, in: staff)
            await stage.run("modmail", as: rin)
            #expect(try await stage.count("SELECT count(*) FROM modmail_draft") == 1)
        }
    }

    @Test("a security member may not blacklist (officer+), and nobody blacklists themselves")
    func blacklistGate() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin"), sam = try await stage.member("security_sam")
            let hana = try await stage.member("head_leader_hana")
            let staff = try #require(await stage.sandbox.guild.channel(named: "general")).id
            await stage.run("modmailblacklist", [Option.user(rin.id), Option.text("reason", "Spam")], as: sam, in: staff)
            await stage.run("modmailblacklist", [Option.user(hana.id), Option.text("reason", "Spam")], as: hana, in: staff)
            #expect(await stage.lastAnswer().contains("yourself"))
            #expect(try await stage.count("SELECT count(*) FROM raider WHERE modmail_blacklisted = 1") == 0)
        }
    }

    @Test("an officer may lift their own blacklist: §1.3 gives the lift no target check (ModmailPolicy)")
    func ownBlacklistCanBeLifted() async throws {
        try await ModmailStage.with { stage in
            let hana = try await stage.member("head_leader_hana"), owner = try await stage.member("guild_owner")
            let staff = try #require(await stage.sandbox.guild.channel(named: "general")).id
            await stage.run("modmailblacklist", [Option.user(hana.id), Option.text("reason", "Spam")], as: owner, in: staff)
            #expect(try await stage.count("SELECT count(*) FROM raider WHERE modmail_blacklisted = 1") == 1)
            await stage.run("modmailunblacklist", [Option.user(hana.id), Option.text("reason", "Appealed")], as: hana, in: staff)
            #expect(try await stage.count("SELECT count(*) FROM raider WHERE modmail_blacklisted = 1") == 0)
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'modmail.unblacklist'") == 1)
        }
    }

    @Test("no modmail channel: /modmail answers plainly and writes nothing")
    func channelNotConfigured() async throws {
        try await ModmailStage.with(mapModmail: false) { stage in
            let rin = try await stage.member("raider_rin")
            await stage.run("modmail", as: rin)
            #expect(await stage.lastAnswer().contains("Modmail isn't set up"))
            #expect(try await stage.count("SELECT count(*) FROM modmail_draft") == 0)
            #expect(try await stage.count("SELECT count(*) FROM dm_conversation") == 0)
        }
    }

    @Test("a second ticket while one is open is refused")
    func ticketAlreadyOpen() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin")
            let ticket = try await stage.openTicket(rin)
            await stage.run("modmail", as: rin)
            #expect(await stage.lastAnswer().contains("already have an open modmail ticket (`\(ticket.id)`)"))
            #expect(try await stage.count("SELECT count(*) FROM modmail_draft") == 0)
            #expect(try await stage.count("SELECT count(*) FROM modmail_ticket") == 1)
        }
    }

    @Test("closed DMs: /modmail answers plainly and writes nothing")
    func dmsClosed() async throws {
        try await ModmailStage.with { stage in
            let shy = await stage.sandbox.guild.addMember(username: "shy_sol", acceptsDMs: false)
            await stage.run("modmail", as: shy, in: try #require(await stage.sandbox.guild.channel(named: "general")).id)
            #expect(await stage.lastAnswer().contains("can't send you direct messages"))
            #expect(try await stage.count("SELECT count(*) FROM modmail_draft") == 0)
        }
    }

    @Test("a message over 2000 characters is refused and the draft keeps waiting")
    func messageTooLong() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin")
            await stage.run("modmail", as: rin)
            try await stage.dm(String(repeating: "x", count: 2001), from: rin)
            #expect(await stage.directMessages(to: rin.id).last?.content.contains("at most 2000 characters") == true)
            #expect(try await stage.count("SELECT count(*) FROM modmail_draft WHERE stage = 'awaiting_message'") == 1)
            try await stage.dm("Short now", from: rin)
            #expect(try await stage.count("SELECT count(*) FROM modmail_draft WHERE stage = 'confirming'") == 1)
        }
    }

    @Test("/modmailreply outside a ticket thread, or by a raider, is refused and writes nothing")
    func replyRefusals() async throws {
        try await ModmailStage.with { stage in
            let rin = try await stage.member("raider_rin"), sam = try await stage.member("security_sam")
            let ticket = try await stage.openTicket(rin)
            let general = try #require(await stage.sandbox.guild.channel(named: "general")).id
            await stage.run("modmailreply", [Option.text("message", "hi")], as: sam, in: general)
            #expect(await stage.lastAnswer().contains("inside a modmail ticket's thread"))
            await stage.run("modmailreply", [Option.text("message", "hi")], as: rin, in: ticket.thread)
            #expect(try await stage.count("SELECT count(*) FROM modmail_message WHERE is_staff_reply = 1") == 0)
        }
    }
}
