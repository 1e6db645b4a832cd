import BotKit
import DiscordModels
import DiscordSandbox
import TestSupport
import Testing

/// Reviewing custom-role tickets: one decision per session, only by security, never half-applied,
/// and a ticket outliving its session is marked.
@Suite(.serialized) struct CustomRoleReviewTests {
    @Test func aDoublePressOnApproveGrantsTheRoleOnce() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let nia = try await stage.member("newcomer_nia"), sam = try await stage.member("security_sam")
            try await stage.submitScreenshot(nia)
            let approve = try #require(stage.buttons(in: try await stage.ticket())["Approve"]), staff = try await stage.channel("staff-logs")
            let grantsBefore = await stage.roleGrants()
            let first = await stage.interactions.component(approve, as: sam, in: staff)
            let second = await stage.interactions.component(approve, as: sam, in: staff)
            async let one: Void = stage.router.handle(first)
            async let two: Void = stage.router.handle(second)
            _ = await (one, two)
            await stage.press(approve, as: sam, in: staff)
            #expect(await stage.lastAnswer().contains("already decided"))
            #expect(await stage.roleGrants() - grantsBefore == 1)
            #expect(try await stage.customSession(of: nia.id) == "approved")
            await stage.deliver()
            #expect(await stage.directMessages(to: nia.id).filter { $0.embedTitle == "✅ Role Verification Approved" }.count == 1)
        }
    }

    @Test func aReviewerWithoutTheSecurityRoleIsRefused() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let nia = try await stage.member("newcomer_nia"), ray = try await stage.member("raider_ray")
            try await stage.submitScreenshot(nia)
            let ticket = try #require(try await stage.ticket()), staff = try await stage.channel("staff-logs")
            await stage.press(try #require(stage.buttons(in: ticket)["Approve"]), as: ray, in: staff)
            #expect(await stage.lastAnswer().lowercased().contains("permission"))
            await stage.press(try #require(stage.buttons(in: ticket)["Deny"]), as: ray, in: staff)
            #expect(await stage.lastModal() == nil)
            #expect(try await stage.customSession(of: nia.id) == "pending_review")
            #expect(!(await stage.has(nia, try await stage.traderRole())))
        }
    }

    @Test func aRoleTheBotCannotGiveKeepsTheSessionInReview() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let nia = try await stage.member("newcomer_nia"), sam = try await stage.member("security_sam")
            try await stage.submitScreenshot(nia)
            var role = try #require(await stage.sandbox.guild.role(try await stage.traderRole()))
            role.position = 18 // above the bot's role, moved after /createrole
            await stage.sandbox.guild.update(role)
            let ticket = try #require(try await stage.ticket())
            await stage.press(try #require(stage.buttons(in: ticket)["Approve"]), as: sam, in: try await stage.channel("staff-logs"))
            #expect(await stage.lastAnswer().contains("couldn't give the role"))
            #expect(try await stage.customSession(of: nia.id) == "pending_review")
            await stage.deliver()
            #expect(await stage.sandbox.guild.message(ticket.id)?.embedTitle == "🎫 Role Verification Request")
            #expect(await stage.directMessages(to: nia.id).last?.embedTitle == "📨 Screenshot submitted")
        }
    }

    @Test func aSessionInReviewExpiresAcrossARestartAndItsTicketIsMarked() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let nia = try await stage.member("newcomer_nia"), sam = try await stage.member("security_sam")
            try await stage.submitScreenshot(nia)
            let ticket = try #require(try await stage.ticket())
            let later = try await stage.restarted()
            later.clock.advance(by: .seconds(7 * 24 * 3600 + 60))
            let task = try #require(later.feature.tasks.first { $0.name == "Expired Verification Sessions" })
            #expect(try await task.body() == TaskRunCounts(succeeded: 1))
            #expect(try await later.customSession(of: nia.id) == "expired")
            await later.deliver()
            #expect(await later.sandbox.guild.message(ticket.id)?.embedTitle == "⌛ Role Verification Expired")
            // The member, who waited a week, is told the request lapsed unreviewed.
            #expect(await later.directMessages(to: nia.id).last?.embedTitle == "⌛ Role Verification Expired")
            await later.press(try #require(later.buttons(in: ticket)["Approve"]), as: sam, in: try await later.channel("staff-logs"))
            #expect(await later.lastAnswer().contains("expired"))
            #expect(!(await later.has(nia, try await later.traderRole())))
            later.rest.shutdown()
            later.transport.shutdown()
        }
    }

    @Test func approveOnALapsedSessionBeforeTheTaskMarksTheTicket() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let nia = try await stage.member("newcomer_nia"), sam = try await stage.member("security_sam")
            try await stage.submitScreenshot(nia)
            let ticket = try #require(try await stage.ticket())
            stage.clock.advance(by: .seconds(7 * 24 * 3600 + 60))
            await stage.press(try #require(stage.buttons(in: ticket)["Approve"]), as: sam, in: try await stage.channel("staff-logs"))
            #expect(await stage.lastAnswer().contains("expired"))
            #expect(try await stage.customSession(of: nia.id) == "expired")
            await stage.deliver()
            #expect(await stage.sandbox.guild.message(ticket.id)?.embedTitle == "⌛ Role Verification Expired")
        }
    }

    @Test func aWaitingSessionExpiresAfterAnHourAndALateScreenshotContinuesNothing() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let nia = try await stage.member("newcomer_nia")
            try await stage.pressPanel(nia)
            let later = try await stage.restarted()
            later.clock.advance(by: .seconds(3600))
            _ = try await later.feature.tasks.first { $0.name == "Expired Verification Sessions" }?.body()
            #expect(try await later.customSession(of: nia.id) == "expired")
            #expect(try await later.dm("", from: nia, attachments: ["https://cdn.example/late.png"]) == .noConversation)
            later.rest.shutdown()
            later.transport.shutdown()
        }
    }
}
