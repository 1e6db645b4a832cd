import DiscordModels
import DiscordSandbox
import TestSupport
import Testing

/// Custom role verification end to end (§7.7): `/createrole` posts a panel, a member presses it and
/// DMs a screenshot, staff approve or deny the ticket; everything through SQLite and the outbox.
@Suite(.serialized) struct CustomRoleFlowTests {
    @Test func anAdministratorPostsAPanelAMemberSendsAScreenshotAndSecurityApproves() async throws {
        try await VerificationStage.with { stage in
            let role = try await stage.traderRole()
            let example = DiscordModels.Attachment(id: 77, filename: "example.png", url: "https://cdn.example/example.png", contentType: "image/png")
            try await stage.createRole(description: "Trusted to trade.", example: example)
            #expect(await stage.lastAnswer().contains("panel posted"))
            let panel = try #require(try await stage.rolePanel())
            #expect(panel.embedTitle == "Trusted Trader Role Verification")
            #expect(panel.embedDescription == "Trusted to trade.")
            #expect(panel.embeds.first?["image"]?["url"]?.asString == "https://cdn.example/example.png")

            let nia = try await stage.member("newcomer_nia")
            try await stage.pressPanel(nia)
            #expect(await stage.lastAnswer().contains("Check your DMs"))
            #expect(await stage.directMessages(to: nia.id).last?.embedTitle == "📷 Trusted Trader Role Verification")
            #expect(try await stage.customSession(of: nia.id) == "pending_screenshot")

            try await stage.dm("", from: nia, attachments: ["https://cdn.example/trades.png"])
            #expect(try await stage.customSession(of: nia.id) == "pending_review")
            #expect(await stage.directMessages(to: nia.id).last?.embedTitle == "📨 Screenshot submitted")
            await stage.deliver()
            let ticket = try #require(try await stage.ticket())
            #expect(ticket.embedTitle == "🎫 Role Verification Request")
            #expect(ticket.embeds.first?["footer"]?["text"]?.asString?.hasPrefix("User ID: \(nia.id) | Session ID: ") == true)

            let sam = try await stage.member("security_sam")
            await stage.press(try #require(stage.buttons(in: ticket)["Approve"]), as: sam, in: try await stage.channel("staff-logs"))
            #expect(await stage.lastAnswer().contains("Approved"))
            #expect(await stage.has(nia, role))
            #expect(try await stage.customSession(of: nia.id) == "approved")
            await stage.deliver()
            let decided = try #require(await stage.sandbox.guild.message(ticket.id))
            #expect(decided.embedTitle == "✅ Role Verification Approved")
            #expect(decided.customIDs.isEmpty)
            #expect(await stage.directMessages(to: nia.id).last?.embedTitle == "✅ Role Verification Approved")
            #expect(try await stage.count("SELECT count(*) FROM custom_role_verification_session WHERE reviewed_by_user_id = \(sam.id) AND reviewed_at IS NOT NULL") == 1)

            try await stage.pressPanel(nia)
            #expect(await stage.lastAnswer().contains("already have this role"))
        }
    }

    @Test func aDenyAsksForAReasonAndTellsTheMember() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let nia = try await stage.member("newcomer_nia"), sam = try await stage.member("security_sam")
            try await stage.submitScreenshot(nia)
            let ticket = try #require(try await stage.ticket()), staff = try await stage.channel("staff-logs")
            await stage.press(try #require(stage.buttons(in: ticket)["Deny"]), as: sam, in: staff)
            let modal = try #require(await stage.lastModal())
            #expect(modal.id.hasPrefix("v1:customrole:deny_modal:"))
            await stage.submit(modal.id, ["reason": "Trades are cropped"], as: sam, in: staff)
            #expect(try await stage.customSession(of: nia.id) == "denied")
            await stage.deliver()
            #expect(await stage.sandbox.guild.message(ticket.id)?.embedTitle == "❌ Role Verification Denied")
            #expect(await stage.directMessages(to: nia.id).last?.embedDescription?.contains("Trades are cropped") == true)
            #expect(!(await stage.has(nia, try await stage.traderRole())))
            // A denied member may try again.
            try await stage.pressPanel(nia)
            #expect(try await stage.customSession(of: nia.id) == "pending_screenshot")
        }
    }

    @Test func textAndNonImageFilesAskAgainAndCancelEnds() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let nia = try await stage.member("newcomer_nia")
            try await stage.pressPanel(nia)
            try await stage.dm("here", from: nia, attachments: ["https://cdn.example/trades.pdf"])
            #expect(await stage.directMessages(to: nia.id).last?.content.contains("isn't an image") == true)
            try await stage.dm("what now?", from: nia)
            #expect(await stage.directMessages(to: nia.id).last?.content.contains("as an image") == true)
            #expect(try await stage.customSession(of: nia.id) == "pending_screenshot")
            try await stage.dm("cancel", from: nia)
            #expect(try await stage.customSession(of: nia.id) == "cancelled")
            #expect(await stage.directMessages(to: nia.id).last?.embedTitle == "❌ Role verification cancelled")
        }
    }

    @Test func rerunningCreateRoleReplacesThePanel() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole(instructions: "First wording.")
            let first = try #require(try await stage.rolePanel())
            try await stage.createRole(instructions: "Second wording.")
            let panels = await stage.sandbox.guild.messages(in: try await stage.channel("verification"))
            #expect(panels.count == 1)
            let second = try #require(panels.last)
            #expect(second.id != first.id)
            #expect(second.embeds.first?["fields"]?.asArray?.last?["value"]?.asString == "Second wording.")
            #expect(try await stage.count("SELECT count(*) FROM custom_role_verification") == 1)
            #expect(try await stage.count("SELECT count(*) FROM custom_role_verification WHERE panel_message_id = \(second.id)") == 1)
            #expect(await stage.lastAnswer().contains("previous panel was removed"))
        }
    }

    @Test func thePanelButtonAndTheTicketWorkAfterARestart() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let nia = try await stage.member("newcomer_nia")
            let later = try await stage.restarted()
            try await later.pressPanel(nia)
            #expect(try await later.customSession(of: nia.id) == "pending_screenshot")
            let resumed = try await later.restarted()
            try await resumed.dm("", from: nia, attachments: ["https://cdn.example/trades.png"])
            #expect(try await resumed.customSession(of: nia.id) == "pending_review")
            let last = try await resumed.restarted()
            await last.deliver()
            let ticket = try #require(try await last.ticket())
            await last.press(try #require(last.buttons(in: ticket)["Approve"]), as: try await last.member("security_sam"),
                             in: try await last.channel("staff-logs"))
            #expect(await last.has(nia, try await last.traderRole()))
            last.rest.shutdown()
            last.transport.shutdown()
        }
    }

    @Test func aTicketPostDiscordRefusesForNowIsRetriedByTheOutboxAndPostedOnce() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let nia = try await stage.member("newcomer_nia")
            try await stage.pressPanel(nia)
            try await stage.dm("", from: nia, attachments: ["https://cdn.example/trades.png"])
            #expect(try await stage.customSession(of: nia.id) == "pending_review")
            await stage.sandbox.inject(.serverError(status: 503), on: RouteSelector(method: "POST", route: "/channels/{channel.id}/messages"))
            await stage.deliver()
            #expect(try await stage.ticket() == nil)
            stage.clock.advance(by: .seconds(5))
            await stage.deliver()
            let tickets = await stage.sandbox.guild.messages(in: try await stage.channel("staff-logs"))
            #expect(tickets.map(\.embedTitle) == ["🎫 Role Verification Request"])
            #expect(try await stage.count("SELECT count(*) FROM custom_role_verification_session WHERE ticket_message_id = \(tickets[0].id)") == 1)
        }
    }
}
