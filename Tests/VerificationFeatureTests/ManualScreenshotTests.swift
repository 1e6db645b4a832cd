import DiscordSandbox
import TestSupport
import Testing

/// The manual screenshot method (§7.4): IGN, screenshot, a ticket that staff approve or deny.
@Suite(.serialized) struct ManualScreenshotTests {
    /// Get Verified, Manual Screenshot, the IGN typed.
    private func startManual(_ stage: VerificationStage, ign: String) async throws -> SandboxMember {
        let nia = try await stage.member("newcomer_nia")
        await stage.press(VerificationIDsWire.getVerified, as: nia, in: try await stage.channel("verification"))
        await stage.press(try #require(stage.buttons(in: await stage.directMessages(to: nia.id).last)["Manual Screenshot"]), as: nia)
        try await stage.dm(ign, from: nia)
        return nia
    }

    @Test func aScreenshotBecomesATicketAndStaffDenyItWithAReason() async throws {
        try await VerificationStage.with { stage in
            let nia = try await startManual(stage, ign: "NiaRealm")
            #expect(await stage.directMessages(to: nia.id).last?.embedTitle == "📷 Manual Verification")
            #expect(try await stage.session(of: nia.id)?.status == "pending_screenshot")

            try await stage.dm("here it is", from: nia, attachments: ["https://cdn.example/notes.txt"])
            #expect(await stage.directMessages(to: nia.id).last?.content.contains("as an image") == true)
            try await stage.dm("", from: nia, attachments: ["https://cdn.example/vault.png?size=1"])
            #expect(try await stage.session(of: nia.id)?.status == "pending_review")
            #expect(await stage.directMessages(to: nia.id).last?.embedTitle == "📨 Screenshot submitted")

            let staff = try await stage.channel("staff-logs"), sam = try await stage.member("security_sam")
            let ticket = try #require(await stage.sandbox.guild.messages(in: staff).last)
            #expect(ticket.embedTitle == "🎫 Manual Verification Request")
            await stage.press(try #require(stage.buttons(in: ticket)["Deny"]), as: sam, in: staff)
            await stage.submit(try #require(await stage.lastModal()).id, ["reason": "Vault not visible"], as: sam, in: staff)
            #expect(try await stage.session(of: nia.id)?.status == "denied")
            #expect(await stage.directMessages(to: nia.id).last?.embedDescription?.contains("Vault not visible") == true)
        }
    }

    @Test func anIGNAnotherMemberHoldsAsAltCancelsTheManualSession() async throws {
        try await VerificationStage.with { stage in
            let ray = try await stage.member("raider_ray"), guild = stage.sandbox.configuration.guildID
            try await stage.db.database.write { connection in
                try connection.execute("INSERT INTO guild (id, name, created_at) VALUES (?1, 'g', 0) ON CONFLICT DO NOTHING", guild)
                try connection.execute("INSERT INTO member (id, created_at) VALUES (?1, 0)", ray.id)
                try connection.execute("INSERT INTO raider (guild_id, user_id, status, created_at, ign, alt_ign) VALUES (?1, ?2, 'approved', 0, 'RayMain', 'niarealm')",
                                       guild, ray.id)
            }
            let nia = try await startManual(stage, ign: "NiaRealm")
            #expect(try await stage.session(of: nia.id)?.status == "cancelled")
            #expect(await stage.directMessages(to: nia.id).last?.embedDescription?.contains("already verified by another") == true)
        }
    }
}
