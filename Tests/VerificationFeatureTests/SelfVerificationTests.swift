import DiscordSandbox
import TestSupport
import Testing

/// A newcomer through the Get Verified panel, the DM steps and Done, end to end over loopback.
@Suite(.serialized) struct SelfVerificationTests {
    @Test func aNewcomerVerifiesByCodeAndGetsTheRoleAndTheIGNAsNickname() async throws {
        try await VerificationStage.with { stage in
            let sam = try await stage.member("security_sam"), nia = try await stage.member("newcomer_nia")
            try await stage.configure("send-panel", as: sam)
            let panel = try #require(await stage.sandbox.guild.messages(in: try await stage.channel("verification")).last)
            #expect(panel.embedTitle == "🎯 Get Verified")
            #expect(stage.buttons(in: panel)["Get Verified"] == VerificationIDsWire.getVerified)

            let code = try await stage.startRealmEye(nia, ign: "NiaRealm")
            #expect(code.count == 20)
            let codeStep = try #require(await stage.directMessages(to: nia.id).last)
            #expect(codeStep.embedTitle == "📝 Add Code to RealmEye")
            #expect(codeStep.embedDescription?.contains(code) == true)
            #expect(try await stage.session(of: nia.id)?.status == "pending_realmeye")

            stage.realmEye.set(RealmEyeStandInProfile(name: "NiaRealm", description: ["hi", "my code: \(code)"]))
            await stage.press(try #require(stage.buttons(in: codeStep)["Done"]), as: nia)

            #expect(await stage.lastAnswer() == "✅ Verified!")
            let member = try #require(await stage.sandbox.guild.member(nia.id))
            let raiderRole = try #require(await stage.sandbox.guild.role(named: "Verified Raider")).id
            #expect(member.roleIDs.contains(raiderRole))
            #expect(member.nick == "NiaRealm")
            #expect(try await stage.session(of: nia.id)?.status == "verified")
            #expect(try await stage.count("SELECT count(*) FROM raider WHERE ign = 'niarealm' AND status = 'approved'") == 1)
        }
    }

    @Test func withoutTheCodeNothingIsAppliedAndDoneCanBePressedAgain() async throws {
        try await VerificationStage.with { stage in
            let nia = try await stage.member("newcomer_nia")
            _ = try await stage.startRealmEye(nia, ign: "NiaRealm")
            stage.realmEye.set(RealmEyeStandInProfile(name: "NiaRealm", description: ["no code here"]))
            let done = try #require(stage.buttons(in: await stage.directMessages(to: nia.id).last)["Done"])
            await stage.press(done, as: nia)
            #expect(await stage.lastAnswer().contains("couldn't find the code"))
            #expect(try await stage.session(of: nia.id)?.status == "pending_realmeye")
            #expect(await stage.sandbox.guild.member(nia.id)?.roleIDs.isEmpty == true)
        }
    }

    @Test(arguments: [
        (RealmEyeStandIn.Answer.status(403), "RealmEye can't be read"),
        (.status(429), "RealmEye can't be read"),
        (.status(404), "doesn't know"),
    ])
    func realmEyeProblemsLeaveTheSessionWaiting(answer: RealmEyeStandIn.Answer, message: String) async throws {
        try await VerificationStage.with { stage in
            let nia = try await stage.member("newcomer_nia")
            _ = try await stage.startRealmEye(nia, ign: "NiaRealm")
            stage.realmEye.set("NiaRealm", answer)
            await stage.press(try #require(stage.buttons(in: await stage.directMessages(to: nia.id).last)["Done"]), as: nia)
            #expect(await stage.lastAnswer().contains(message))
            #expect(try await stage.session(of: nia.id)?.status == "pending_realmeye")
        }
    }

    @Test func anIGNAnotherMemberVerifiedIsRefusedCaseInsensitivelyAndNothingIsApplied() async throws {
        try await VerificationStage.with { stage in
            let nia = try await stage.member("newcomer_nia"), ray = try await stage.member("raider_ray")
            try await Self.verified(ray.id.rawValue, as: "NIAREALM", stage)
            try await Self.pressDoneWithTheCode(nia, stage)
            #expect(await stage.lastAnswer().contains("already verified by another Discord account"))
            let member = try #require(await stage.sandbox.guild.member(nia.id))
            #expect(member.roleIDs.isEmpty && member.nick == nil)
            #expect(try await stage.session(of: nia.id)?.status == "pending_realmeye")
        }
    }

    @Test func aRoleDiscordRefusesWritesNoRowAndDoneWorksOnceStaffFixIt() async throws {
        try await VerificationStage.with { stage in
            let nia = try await stage.member("newcomer_nia")
            var role = try #require(await stage.sandbox.guild.role(named: "Verified Raider"))
            let position = role.position
            role.position = 18 // above the bot's role
            await stage.sandbox.guild.update(role)
            let done = try await Self.pressDoneWithTheCode(nia, stage)
            #expect(await stage.lastAnswer().contains("Discord refused to give you the verified role"))
            #expect(try await stage.count("SELECT count(*) FROM raider") == 0)
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'raider.verify'") == 0)
            #expect(try await stage.session(of: nia.id)?.status == "pending_realmeye")

            role.position = position
            await stage.sandbox.guild.update(role)
            await stage.press(done, as: nia)
            #expect(await stage.lastAnswer() == "✅ Verified!")
            #expect(try await stage.count("SELECT count(*) FROM raider WHERE ign = 'NiaRealm' AND status = 'approved'") == 1)
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'raider.verify' AND meta LIKE '%realmeye%'") == 1)
            #expect(try await stage.count("SELECT count(*) FROM quota_event") == 0)
        }
    }

    @Test func anIGNHeldByAMemberWhoLeftTheServerIsFreedForTheNewcomer() async throws {
        try await VerificationStage.with { stage in
            let nia = try await stage.member("newcomer_nia"), gone: UInt64 = 424_242_424_242
            try await Self.verified(gone, as: "niarealm", stage)
            try await Self.pressDoneWithTheCode(nia, stage)
            #expect(await stage.lastAnswer() == "✅ Verified!")
            #expect(try await stage.count("SELECT count(*) FROM raider WHERE user_id = \(gone) AND status = 'pending' AND ign IS NULL") == 1)
            #expect(try await stage.count("SELECT count(*) FROM audit WHERE action = 'raider.unverify' AND subject = 'user:\(gone)'") == 1)
            #expect(try await stage.count("SELECT count(*) FROM raider WHERE user_id = \(nia.id) AND ign = 'NiaRealm'") == 1)
        }
    }

    @Test func threeInvalidIGNsCancelTheSession() async throws {
        try await VerificationStage.with { stage in
            let nia = try await stage.member("newcomer_nia")
            await stage.press(VerificationIDsWire.getVerified, as: nia, in: try await stage.channel("verification"))
            await stage.press(try #require(stage.buttons(in: await stage.directMessages(to: nia.id).last)["RealmEye"]), as: nia)
            for name in ["bad!name", String(repeating: "x", count: 17), "名前"] {
                try await stage.dm(name, from: nia)
            }
            #expect(try await stage.session(of: nia.id)?.status == "cancelled")
            #expect(await stage.directMessages(to: nia.id).last?.embedTitle == "❌ Verification cancelled")
        }
    }

    @Test func aVerifiedMemberAndAMemberWithASessionAreRefusedAtThePanel() async throws {
        try await VerificationStage.with { stage in
            let rin = try await stage.member("raider_rin"), nia = try await stage.member("newcomer_nia")
            let panelChannel = try await stage.channel("verification")
            await stage.press(VerificationIDsWire.getVerified, as: rin, in: panelChannel)
            #expect(await stage.lastAnswer().contains("already verified"))
            await stage.press(VerificationIDsWire.getVerified, as: nia, in: panelChannel)
            await stage.press(VerificationIDsWire.getVerified, as: nia, in: panelChannel)
            #expect(await stage.lastAnswer().contains("already have a verification in progress"))
        }
    }

    /// Writes member `userID` as verified under `ign`, as an earlier verification would have.
    static func verified(_ userID: UInt64, as ign: String, _ stage: VerificationStage) async throws {
        let guild = stage.sandbox.configuration.guildID
        try await stage.db.database.write { connection in
            try connection.execute("INSERT INTO guild (id, name, created_at) VALUES (?1, 'g', 0) ON CONFLICT DO NOTHING", guild)
            try connection.execute("INSERT INTO member (id, created_at) VALUES (?1, 0)", userID)
            try connection.execute("INSERT INTO raider (guild_id, user_id, status, created_at, ign) VALUES (?1, ?2, 'approved', 0, ?3)",
                                   guild, userID, ign)
        }
    }

    /// Starts `member`'s RealmEye session as NiaRealm, puts the code in the profile, presses Done;
    /// returns Done's custom_id, for pressing it again.
    @discardableResult
    static func pressDoneWithTheCode(_ member: SandboxMember, _ stage: VerificationStage) async throws -> String {
        let code = try await stage.startRealmEye(member, ign: "NiaRealm")
        stage.realmEye.set(RealmEyeStandInProfile(name: "NiaRealm", description: [code]))
        let done = try #require(stage.buttons(in: await stage.directMessages(to: member.id).last)["Done"])
        await stage.press(done, as: member)
        return done
    }
}
