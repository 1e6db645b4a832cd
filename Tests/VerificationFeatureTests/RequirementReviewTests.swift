import DiscordSandbox
import TestSupport
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

    @Test func staffApproveTheReviewWithTheIGNConfirmedAndASecondApproveChangesNothing() async throws {
        try await VerificationStage.with { stage in
            let (sam, nia) = try await landInReview(stage)
            let staff = try await stage.channel("staff-logs")
            let ticket = try #require(await stage.sandbox.guild.messages(in: staff).last)
            await stage.press(try #require(stage.buttons(in: ticket)["Approve"]), as: sam, in: staff)
            let modal = try #require(await stage.lastModal())
            #expect(modal.values["ign"] == "NiaRealm")
            await stage.submit(modal.id, ["ign": "NiaRealm"], as: sam, in: staff)

            #expect(await stage.lastAnswer() == "✅ Verification Approved")
            let member = try #require(await stage.sandbox.guild.member(nia.id))
            #expect(member.roleIDs.contains(try #require(await stage.sandbox.guild.role(named: "Verified Raider")).id))
            #expect(member.nick == "NiaRealm")
            #expect(try await stage.session(of: nia.id)?.status == "verified")
            #expect(await stage.directMessages(to: nia.id).last?.embedTitle == "✅ Verified!")
            #expect(try await stage.count("SELECT count(*) FROM quota_event WHERE action_type = 'verify_member' AND actor_user_id = \(sam.id)") == 1)
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'raider.verify' AND actor_id = \(sam.id)") == 1)

            await stage.submit(modal.id, ["ign": "SomeoneElse"], as: sam, in: staff)
            let answer = await stage.lastAnswer()
            #expect(answer.contains("already decided"), "\(answer)")
            #expect(await stage.sandbox.guild.member(nia.id)?.nick == "NiaRealm")
        }
    }

    @Test func staffDenyTheReviewWithAReasonTheMemberReads() async throws {
        try await VerificationStage.with { stage in
            let (sam, nia) = try await landInReview(stage)
            let staff = try await stage.channel("staff-logs")
            let ticket = try #require(await stage.sandbox.guild.messages(in: staff).last)
            await stage.press(try #require(stage.buttons(in: ticket)["Deny"]), as: sam, in: staff)
            let modal = try #require(await stage.lastModal())
            await stage.submit(modal.id, ["reason": "Come back at 50 stars"], as: sam, in: staff)

            #expect(await stage.lastAnswer() == "❌ Verification Denied")
            #expect(try await stage.session(of: nia.id)?.status == "denied")
            let dm = try #require(await stage.directMessages(to: nia.id).last)
            #expect(dm.embedTitle == "❌ Verification Denied" && dm.embedDescription?.contains("Come back at 50 stars") == true)
            #expect(await stage.sandbox.guild.member(nia.id)?.roleIDs.isEmpty == true)
        }
    }

    @Test func aRaiderBelowSecurityCannotOpenTheReview() async throws {
        try await VerificationStage.with { stage in
            _ = try await landInReview(stage)
            let staff = try await stage.channel("staff-logs"), rin = try await stage.member("raider_rin")
            let ticket = try #require(await stage.sandbox.guild.messages(in: staff).last)
            await stage.press(try #require(stage.buttons(in: ticket)["Approve"]), as: rin, in: staff)
            #expect(await stage.lastModal() == nil)
            #expect(try await stage.session(of: try await stage.member("newcomer_nia").id)?.status == "pending_review")
        }
    }

    /// A 50-star requirement and a 12-star newcomer who proved the code: their session is in review.
    private func landInReview(_ stage: VerificationStage) async throws -> (staff: SandboxMember, member: SandboxMember) {
        let sam = try await stage.member("security_sam"), nia = try await stage.member("newcomer_nia")
        try await stage.configure("set-requirements", [Option.integer("min_stars", 50)], as: sam)
        let code = try await stage.startRealmEye(nia, ign: "NiaRealm")
        stage.realmEye.set(RealmEyeStandInProfile(name: "NiaRealm", description: [code], stars: 12))
        await stage.press(try #require(stage.buttons(in: await stage.directMessages(to: nia.id).last)["Done"]), as: nia)
        #expect(try await stage.session(of: nia.id)?.status == "pending_review")
        return (sam, nia)
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
