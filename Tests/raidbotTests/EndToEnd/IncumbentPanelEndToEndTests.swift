import BotKit
import TestSupport
import DiscordModels
import DiscordSandbox
import FeatureKit
import Storage
import Testing
@testable import raidbot
import CivilTime

/// The incumbent's long-lived panels after `raidbot import-postgres` (docs/import.md, "Panels"):
/// a database holding the rows the import writes (the incumbent's dungeon role pings, verified role
/// and verification texts, seeded as the import stores them), the incumbent's old panel messages in
/// the channels with its unversioned custom_ids, and members pressing them. The presses run the
/// real role-ping and Get Verified handlers; ids the features do not declare still get the
/// friendly invalid-button answer.
@Suite("Incumbent panels end to end", .serialized)
struct IncumbentPanelEndToEndTests {
    /// The incumbent's role-ping panel (§8.5): toggles by `codeName`, then Add All / Remove All.
    static let rolePingIDs = ["roleping:toggle:SHATTERS", "roleping:toggle:MOONLIGHT VILLAGE",
                              "roleping:toggle:THE_VOID", "roleping:addall", "roleping:removeall"]
    /// Ids no feature accepts in this shape: unknown or lower-case keys, missing or extra
    /// arguments, an undeclared action, and the custom-role panel (no /createrole yet).
    static let refusedIDs = ["roleping:toggle:NOT_A_DUNGEON", "roleping:toggle:shatters", "roleping:toggle",
                             "roleping:toggle:SHATTERS:1", "roleping:addall:1", "roleping:toggle:SHATTERS ",
                             "verification:get_verified:1", "verification:done:1", "customrole:get_verified:one"]

    @Test("role-ping toggles, Add All, Remove All and Get Verified work from the incumbent's panels")
    func oldPanelsRunTheRealHandlers() async throws {
        let clock = ManualBotClock()
        let harness = try await BotHarness.start(clock: clock)
        let guild = harness.sandbox.guild
        let guildID = harness.sandbox.configuration.guildID
        let shatters = await guild.addRole(name: "Shatters Pings", position: 1)
        let moonlight = await guild.addRole(name: "Moonlight Pings", position: 1)
        let rolePingChannel = await guild.addChannel(name: "role-pings")
        let verificationChannel = try #require(await guild.channel(named: "verification"))
        let verified = try #require(await guild.role(named: "Verified Raider"))
        try await Self.seedImportedRows(harness.database, guildID: guildID, pings: ["SHATTERS": shatters.id,
                                        "MOONLIGHT VILLAGE": moonlight.id], verifiedRole: verified.id,
                                        rolePingChannel: rolePingChannel.id, verificationChannel: verificationChannel.id)
        let incumbent = await guild.addMember(username: "incumbent_bot")
        let rolePingPanel = await guild.postMessage(in: rolePingChannel.id, as: incumbent.id, content: "",
                                                    components: Self.rows(Self.rolePingIDs + Self.refusedIDs + ["customrole:get_verified:1"]))
        let verificationPanel = await guild.postMessage(in: verificationChannel.id, as: incumbent.id, content: "",
                                                        components: Self.rows(["verification:get_verified"]))

        let rin = try #require(await guild.member(named: "raider_rin"))
        #expect(try await Self.press("roleping:toggle:SHATTERS", rolePingPanel, rin, harness).contains("will be pinged"))
        #expect(await guild.member(rin.id)?.roleIDs.contains(shatters.id) == true)
        clock.advance(by: .seconds(60))
        #expect(try await Self.press("roleping:toggle:SHATTERS", rolePingPanel, try #require(await guild.member(rin.id)),
                                     harness).contains("no longer"))
        #expect(await guild.member(rin.id)?.roleIDs.contains(shatters.id) == false)
        clock.advance(by: .seconds(60))
        #expect(try await Self.press("roleping:toggle:MOONLIGHT VILLAGE", rolePingPanel, try #require(await guild.member(rin.id)),
                                     harness).contains("**Moonlight Village**"))
        #expect(await guild.member(rin.id)?.roleIDs.contains(moonlight.id) == true)
        clock.advance(by: .seconds(60))
        #expect(try await Self.press("roleping:addall", rolePingPanel, try #require(await guild.member(rin.id)), harness)
            .contains("Added 1"))
        #expect(Set(await guild.member(rin.id)?.roleIDs ?? []).isSuperset(of: [shatters.id, moonlight.id]))
        clock.advance(by: .seconds(60))
        #expect(try await Self.press("roleping:removeall", rolePingPanel, try #require(await guild.member(rin.id)), harness)
            .contains("Removed 2"))
        #expect(Set(await guild.member(rin.id)?.roleIDs ?? []).isDisjoint(with: [shatters.id, moonlight.id]))

        let ray = try #require(await guild.member(named: "raider_ray"))
        for raw in Self.refusedIDs {
            clock.advance(by: .seconds(60))
            let handle = try await harness.sandbox.click(raw, on: rolePingPanel, as: ray)
            let answer = RolePingPanelEndToEndTests.text(try await handle.answer(0))
            #expect(answer == BotErrorCode.malformedComponent.friendlyMessage, "\(raw)")
        }
        // The custom-role panel's id is routed: the handler itself answers for a configuration it does not know.
        clock.advance(by: .seconds(60))
        let customRoleAnswer = try await Self.press("customrole:get_verified:1", rolePingPanel, ray, harness)
        #expect(!customRoleAnswer.isEmpty && customRoleAnswer != BotErrorCode.malformedComponent.friendlyMessage, "\(customRoleAnswer)")
        // A known dungeon without a ping role runs the handler, which says so plainly.
        clock.advance(by: .seconds(60))
        #expect(try await Self.press("roleping:toggle:THE_VOID", rolePingPanel, ray, harness).contains("no ping role"))
        #expect(await guild.member(ray.id)?.roleIDs == [verified.id])

        let nia = try #require(await guild.member(named: "newcomer_nia"))
        #expect(try await Self.press("verification:get_verified", verificationPanel, nia, harness).contains("Check your DMs"))
        let dm = try #require(await guild.dmChannel(with: nia.id))
        #expect(await guild.messages(in: dm.id).count == 1)
        let status = try await harness.database.read { connection in
            try connection.fetchOne("SELECT status FROM verification_session WHERE guild_id = ?1 AND user_id = ?2",
                                    guildID.rawValue, nia.id.rawValue) { try $0.get(0, as: String.self) }
        }
        #expect(status != nil)
        // A verified member pressing the old panel gets the real handler's refusal, not the invalid-button answer.
        clock.advance(by: .seconds(60))
        #expect(try await Self.press("verification:get_verified", verificationPanel, ray, harness).contains("already verified"))
        await harness.stop()
    }

    /// The rows `raidbot import-postgres` writes for these panels (Tests/PostgresImportTests'
    /// seed holds the same shapes): the incumbent's timestamps, its `codeName` dungeon keys.
    static func seedImportedRows(_ database: Database, guildID: Snowflake, pings: [String: Snowflake], verifiedRole: Snowflake,
                                 rolePingChannel: Snowflake, verificationChannel: Snowflake) async throws {
        let imported: Int64 = 1_706_745_600_000 // 2024-02-01
        try await database.write { connection in
            _ = try connection.execute("INSERT INTO guild (id, name, created_at) VALUES (?1, 'Raid Hub', ?2) ON CONFLICT DO NOTHING",
                                       guildID.rawValue, imported)
            for (key, role) in pings {
                _ = try connection.execute("""
                    INSERT INTO dungeon_role_ping (guild_id, dungeon_key, discord_role_id, created_at, updated_at)
                    VALUES (?1, ?2, ?3, ?4, ?4)
                    """, guildID.rawValue, key, role.rawValue, imported)
            }
            _ = try connection.execute("""
                INSERT INTO guild_role (guild_id, role_key, discord_role_id, updated_at) VALUES (?1, 'verified_raider', ?2, ?3)
                """, guildID.rawValue, verifiedRole.rawValue, imported)
            _ = try connection.execute("""
                INSERT INTO guild_channel (guild_id, channel_key, discord_channel_id, panel_message_id, updated_at)
                VALUES (?1, 'role_ping', ?2, NULL, ?4), (?1, 'getverified', ?3, NULL, ?4)
                """, guildID.rawValue, rolePingChannel.rawValue, verificationChannel.rawValue, imported)
            _ = try connection.execute("""
                INSERT INTO guild_verification_config (guild_id, manual_verify_instructions, panel_custom_message, updated_at)
                VALUES (?1, 'Post a screenshot of your /who', 'Welcome!', ?2)
                """, guildID.rawValue, imported)
        }
    }

    /// Grey buttons with these custom_ids, five to a row, as the incumbent drew them.
    static func rows(_ ids: [String]) -> [JSONValue] {
        stride(from: 0, to: ids.count, by: 5).map { start in
            .object(["type": .number(1), "components": .array(ids[start..<min(start + 5, ids.count)].map { id in
                .object(["type": .number(2), "style": .number(2), "label": .string(id), "custom_id": .string(id)])
            })])
        }
    }

    static func press(_ id: String, _ message: SandboxMessage, _ member: SandboxMember,
                      _ harness: BotHarness) async throws -> String {
        try await RolePingPanelEndToEndTests.press(id, message, member, harness)
    }
}
