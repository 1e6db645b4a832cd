import DiscordSandbox
import TestSupport
import Testing
@testable import FeatureKit

/// RealmEye refusing the bot (429) reaches staff: one plain notice in bot_log through the outbox,
/// at most one per guild per 30 minutes, and the member is told to try later or use the manual method.
@Suite(.serialized) struct RealmEyeBlockNoticeTests {
    static let noticeCount = "SELECT count(*) FROM outbox WHERE kind = 'notice' AND target LIKE 'notice:realmeye_blocked:%'"

    @Test func aBlockIsPostedToBotLogOncePerHalfHour() async throws {
        try await VerificationStage.with { stage in
            let botLog = await stage.sandbox.guild.addChannel(name: "bot-log")
            _ = try await GuildChannelStore(database: stage.db.database).setChannels(
                [.botLog: botLog.id], guildID: stage.sandbox.configuration.guildID, actorID: 1,
                now: stage.clock.unixMilliseconds())
            let nia = try await stage.member("newcomer_nia")
            _ = try await stage.startRealmEye(nia, ign: "NiaRealm")
            stage.realmEye.set("NiaRealm", .status(429))
            let done = try #require(stage.buttons(in: await stage.directMessages(to: nia.id).last)["Done"])

            await stage.press(done, as: nia)
            let answer = await stage.lastAnswer()
            #expect(answer.contains("staff have been told") && answer.contains("Manual Screenshot"))
            #expect(try await stage.session(of: nia.id)?.status == "pending_realmeye")
            #expect(try await stage.count(Self.noticeCount) == 1)
            _ = await stage.environment.outbox.pass()
            let posted = await stage.sandbox.guild.messages(in: botLog.id)
            #expect(posted.count == 1)
            #expect(posted.first?.fields["content"]?.asString?.contains("RealmEye is refusing the bot's requests (HTTP 429)") == true)

            // Refused again within 30 minutes (the press advances the clock 16 s): no second notice.
            for _ in 0..<3 { await stage.press(done, as: nia) }
            #expect(await stage.lastAnswer().contains("staff have been told"))
            #expect(try await stage.count(Self.noticeCount) == 1)

            stage.clock.advance(by: .seconds(30 * 60))
            await stage.press(done, as: nia)
            #expect(try await stage.count(Self.noticeCount) == 2)
            _ = await stage.environment.outbox.pass()
            #expect(await stage.sandbox.guild.messages(in: botLog.id).count == 2)

            // Readable again: the member verifies as usual.
            stage.realmEye.set(RealmEyeStandInProfile(name: "NiaRealm", description: [try #require(await stage.session(of: nia.id)?.code)]))
            await stage.press(done, as: nia)
            #expect(await stage.lastAnswer() == "✅ Verified!")
        }
    }

    @Test func withoutALogChannelTheMemberIsStillToldAndNothingIsQueued() async throws {
        try await VerificationStage.with { stage in
            let nia = try await stage.member("newcomer_nia")
            _ = try await stage.startRealmEye(nia, ign: "NiaRealm")
            stage.realmEye.set("NiaRealm", .status(403))
            await stage.press(try #require(stage.buttons(in: await stage.directMessages(to: nia.id).last)["Done"]), as: nia)
            #expect(await stage.lastAnswer().contains("Try Done again later"))
            #expect(try await stage.count(Self.noticeCount) == 0)
        }
    }
}
