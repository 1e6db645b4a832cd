import DiscordSandbox
import Testing

/// The guild's requirements beyond the code check: who fails one goes to manual review with the reasons.
@Suite(.serialized) struct RequirementReviewTests {
    @Test func aNewcomerBelowTheStarRequirementLandsInManualReviewWithTheReasons() async throws {
        try await VerificationStage.with { stage in
            let sam = try await stage.member("security_sam"), nia = try await stage.member("newcomer_nia")
            try await stage.configure("set-requirements", [Option.integer("min_stars", 50), Option.integer("min_characters", 2)], as: sam)
            let code = try await stage.startRealmEye(nia, ign: "NiaRealm")
            stage.realmEye.set(RealmEyeStandInProfile(name: "NiaRealm", description: [code], characters: 5, stars: 12))
            await stage.press(try #require(stage.buttons(in: await stage.directMessages(to: nia.id).last)["Done"]), as: nia)

            #expect(await stage.lastAnswer() == "🕐 Sent to staff review")
            let ticket = try #require(await stage.sandbox.guild.messages(in: try await stage.channel("staff-logs")).last)
            #expect(ticket.embedTitle == "🎫 Verification Review: requirements not met")
            #expect(ticket.embedDescription?.contains("Stars: 12, at least 50 required") == true)
            #expect(ticket.embedDescription?.contains("Characters") == false)
            #expect(try await stage.session(of: nia.id)?.status == "pending_review")
            #expect(await stage.sandbox.guild.member(nia.id)?.roleIDs.isEmpty == true)
        }
    }

    @Test func anEmptyOptionReallyClearsTheStoredPanelMessage() async throws {
        try await VerificationStage.with { stage in
            let sam = try await stage.member("security_sam")
            try await stage.configure("set-panel-message", [Option.text("message", "Read the rules first")], as: sam)
            try await stage.configure("send-panel", as: sam)
            let panelChannel = try await stage.channel("verification")
            #expect(await stage.sandbox.guild.messages(in: panelChannel).last?.embedDescription?.contains("Read the rules first") == true)
            try await stage.configure("set-panel-message", [Option.text("message", "")], as: sam)
            try await stage.configure("send-panel", as: sam)
            #expect(await stage.sandbox.guild.messages(in: panelChannel).last?.embedDescription?.contains("Read the rules first") == false)
        }
    }
}
