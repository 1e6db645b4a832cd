import DiscordModels
import DiscordSandbox
import TestSupport
import Testing

/// What `/createrole` and the panel refuse, each plainly and leaving a defined state.
@Suite(.serialized) struct CustomRoleRefusalTests {
    @Test func rolesTheBotCannotGiveAreRefused() async throws {
        try await VerificationStage.with { stage in
            let guild = stage.sandbox.guild
            let cases: [(Snowflake, String)] = [
                (try #require(await guild.role(named: "Raid Bot")).id, "managed"),
                (stage.sandbox.configuration.guildID, "@everyone"),
                (try #require(await guild.role(named: "Admin")).id, "not below my highest role"),
            ]
            for (role, why) in cases {
                try await stage.createRole(role: role)
                #expect(await stage.lastAnswer().contains(why), "\(why)")
            }
            #expect(try await stage.count("SELECT count(*) FROM custom_role_verification") == 0)
            #expect(try await stage.rolePanel() == nil)
        }
    }

    @Test func badOptionsAreRefusedBeforeAnythingIsSaved() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole(instructions: String(repeating: "x", count: 2001))
            #expect(await stage.lastAnswer().contains("1–2000 characters"))
            let pdf = DiscordModels.Attachment(id: 78, filename: "example.pdf", url: "https://cdn.example/example.pdf", contentType: "application/pdf")
            try await stage.createRole(example: pdf)
            #expect(await stage.lastAnswer().contains("must be an image"))
            try await stage.createRole(roleChannel: 987_654_321)
            #expect(await stage.lastAnswer().contains("`role_channel`"))
            try await stage.createRole(verificationChannel: try await stage.channel("Raid 1"))
            #expect(await stage.lastAnswer().contains("`verification_channel`"))
            try await stage.createRole(as: try await stage.member("security_sam"))
            #expect(await stage.lastAnswer().lowercased().contains("permission"))
            #expect(try await stage.count("SELECT count(*) FROM custom_role_verification") == 0)
        }
    }

    @Test func aChannelWhereTheBotCannotPostEmbedsIsRefused() async throws {
        try await VerificationStage.with { stage in
            let guild = stage.sandbox.guild
            for name in ["@everyone", "Raid Bot"] {
                var role = try #require(await guild.roles.first { $0.name == name })
                role.permissions.remove(.embedLinks)
                await guild.update(role)
            }
            try await stage.createRole()
            #expect(await stage.lastAnswer().contains("Embed Links"))
            #expect(try await stage.count("SELECT count(*) FROM custom_role_verification") == 0)
        }
    }

    @Test func closedDMsCancelTheSessionAndSayHowToOpenThem() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let shy = await stage.sandbox.memberJoins(username: "shy_sol", acceptsDMs: false)
            try await stage.pressPanel(shy)
            #expect(await stage.lastAnswer().contains("Allow DMs"))
            #expect(try await stage.customSession(of: shy.id) == "cancelled")
            #expect(try await stage.dm("", from: shy, attachments: ["https://cdn.example/x.png"]) == .noConversation)
        }
    }

    @Test func anotherRolesRunningSessionOrOneInReviewIsRefused() async throws {
        try await VerificationStage.with { stage in
            try await stage.createRole()
            let other = await stage.sandbox.guild.addRole(name: "Key Helper", position: 4).id
            try await stage.createRole(role: other, roleChannel: try await stage.channel("general"))
            let nia = try await stage.member("newcomer_nia")
            try await stage.submitScreenshot(nia) // Trusted Trader, in review
            try await stage.pressPanel(nia)
            #expect(await stage.lastAnswer().contains("already with staff"))
            let helperPanel = try #require(await stage.sandbox.guild.messages(in: try await stage.channel("general")).last)
            await stage.press(try #require(stage.buttons(in: helperPanel)["Get Verified"]), as: nia, in: try await stage.channel("general"))
            #expect(await stage.lastAnswer().contains("already have a role verification in progress"))
            #expect(try await stage.count("SELECT count(*) FROM custom_role_verification_session WHERE user_id = \(nia.id)") == 1)
        }
    }
}
