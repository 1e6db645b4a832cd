import DiscordModels
import DiscordREST
import DiscordSandbox
import TestSupport
import Testing

/// The per-member veri_log threads (§7.8): "verification started" opens one, later events of the
/// member go into it, and a thread that is gone is replaced.
@Suite(.serialized) struct VerificationLogThreadTests {
    private func threads(_ stage: VerificationStage, in channel: Snowflake) async -> [SandboxChannel] {
        await stage.sandbox.guild.channels.filter { $0.isThread && $0.parentID == channel }
    }

    /// newcomer_nia's custom-role screenshot in review, logged into her new thread.
    private func screenshotInReview(_ stage: VerificationStage) async throws
        -> (log: Snowflake, thread: SandboxChannel, member: SandboxMember) {
        let log = try await stage.mapVerificationLog()
        try await stage.createRole()
        let nia = try await stage.member("newcomer_nia")
        try await stage.submitScreenshot(nia)
        return (log, try #require(await threads(stage, in: log).first), nia)
    }

    /// security_sam denies the ticket ("Blurry"); the outbox delivers the log lines.
    private func denyTicket(_ stage: VerificationStage) async throws {
        let sam = try await stage.member("security_sam"), staff = try await stage.channel("staff-logs")
        await stage.press(try #require(stage.buttons(in: try await stage.ticket())["Deny"]), as: sam, in: staff)
        await stage.submit(try #require(await stage.lastModal()).id, ["reason": "Blurry"], as: sam, in: staff)
        await stage.deliver()
    }

    @Test func twoCustomRoleEventsOfOneMemberShareTheirThread() async throws {
        try await VerificationStage.with { stage in
            let log = try await stage.mapVerificationLog()
            try await stage.createRole()
            let nia = try await stage.member("newcomer_nia")
            try await stage.submitScreenshot(nia)
            let opened = await threads(stage, in: log)
            #expect(opened.count == 1)
            let thread = try #require(opened.first)
            #expect(thread.name.hasPrefix("Verification - newcomer_nia - <t:"))
            let lines = await stage.sandbox.guild.messages(in: thread.id)
            #expect(lines.count == 2)
            #expect(lines.first?.embedTitle == "🎮 Verification Session Started")
            #expect(lines.first?.embedDescription?.contains("[Custom Role] Verification started") == true)
            #expect(lines.last?.embedDescription?.hasPrefix("📝 [Custom Role] Screenshot submitted") == true)
            #expect(lines.last?.embeds.first?["image"]?["url"]?.asString == "https://cdn.example/trades.png")
            #expect(await stage.sandbox.guild.messages(in: log).isEmpty)
            #expect(try await stage.count("SELECT count(*) FROM verification_log_entry WHERE posted_at IS NULL") == 0)
        }
    }

    @Test func aDeletedThreadIsReplacedAndANewSessionOpensANewThread() async throws {
        try await VerificationStage.with { stage in
            let (log, first, nia) = try await screenshotInReview(stage)
            try await stage.rest.deleteChannel(channelID: first.id)
            try await denyTicket(stage)
            let replacement = try #require(await threads(stage, in: log).first)
            #expect(replacement.id != first.id)
            #expect(await stage.sandbox.guild.messages(in: replacement.id).last?.embedDescription?.contains("denied") == true)
            try await stage.pressPanel(nia)
            await stage.deliver()
            #expect(await threads(stage, in: log).count == 2)
        }
    }

    @Test func anArchivedThreadIsReopenedForTheMembersNextLine() async throws {
        try await VerificationStage.with { stage in
            let (log, thread, _) = try await screenshotInReview(stage)
            _ = try await stage.rest.editChannel(channelID: thread.id, ChannelParameters(archived: true))
            #expect(await stage.sandbox.guild.channel(thread.id)?.archived == true)
            try await denyTicket(stage)
            #expect(await threads(stage, in: log).map(\.id) == [thread.id])
            #expect(await stage.sandbox.guild.channel(thread.id)?.archived == false)
            #expect(await stage.sandbox.guild.messages(in: thread.id).last?.embedDescription?.contains("denied") == true)
        }
    }

    @Test func theRealmEyeFlowLogsIntoTheMembersThreadToo() async throws {
        try await VerificationStage.with { stage in
            let log = try await stage.mapVerificationLog()
            let nia = try await stage.member("newcomer_nia")
            await stage.press(VerificationIDsWire.getVerified, as: nia, in: try await stage.channel("verification"))
            await stage.press(try #require(stage.buttons(in: await stage.directMessages(to: nia.id).last)["Cancel"]), as: nia)
            await stage.deliver()
            let thread = try #require(await threads(stage, in: log).first)
            let lines = await stage.sandbox.guild.messages(in: thread.id)
            #expect(lines.map(\.embedTitle) == ["🎮 Verification Session Started", nil])
            #expect(lines.last?.embedDescription == "❌ Verification cancelled by the member")
        }
    }

    @Test func withoutAVeriLogChannelLinesAreSkipped() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            try await stage.submitScreenshot(try await stage.member("newcomer_nia"))
            #expect(try await stage.count("SELECT count(*) FROM verification_log_entry WHERE posted_at IS NULL") == 0)
            #expect(await stage.sandbox.guild.channels.filter(\.isThread).isEmpty)
        }
    }
}
