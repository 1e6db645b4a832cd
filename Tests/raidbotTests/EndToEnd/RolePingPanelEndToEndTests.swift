import BotKit
import TestSupport
import DiscordModels
import DiscordSandbox
import FeatureKit
import Testing
@testable import raidbot
import CivilTime

/// The role-ping panel through the whole bot and the sandbox (§8.5, §2.9).
@Suite("Role-ping panel end to end", .serialized)
struct RolePingPanelEndToEndTests {
    @Test("the panel is posted once and redrawn after /configrolepings; members toggle, add and remove their ping roles")
    func panel() async throws {
        let clock = ManualBotClock()
        let harness = try await BotHarness.start(clock: clock)
        let guild = harness.sandbox.guild
        let owner = try #require(await guild.member(named: "guild_owner"))
        let rin = try #require(await guild.member(named: "raider_rin"))
        let shatters = await guild.addRole(name: "Shatters Pings", position: 1)
        let voidPings = await guild.addRole(name: "Void Pings", position: 1)
        let nest = await guild.addRole(name: "Nest Pings", position: 1)
        let pings = DungeonRolePings(database: harness.database, guildID: guild.id)

        let unmapped = try await Self.say(harness, "sendrolepingembed", as: owner)
        #expect(unmapped.contains("No role-ping channel"))
        let channel = await guild.addChannel(name: "role-pings")
        _ = try await GuildChannelStore(database: harness.database).setChannels([.rolePing: channel.id], guildID: guild.id,
                                                                                  actorID: owner.id, now: 1)
        _ = try await pings.set("SHATTERS", role: shatters.id, actorID: owner.id, now: 1)
        _ = try await pings.set("THE_VOID", role: voidPings.id, actorID: owner.id, now: 1)
        #expect(try await Self.say(harness, "sendrolepingembed", as: owner).contains("Role-ping panel ready"))
        clock.advance(by: .seconds(120))
        _ = try await Self.say(harness, "sendrolepingembed", as: owner)
        let posted = await guild.messages(in: channel.id)
        #expect(posted.count == 1) // the second call redrew the remembered panel
        let panel = try #require(posted.first)
        #expect(panel.embeds.first?["fields"]?.asArray?.count == 2)
        #expect(panel.customIDs == ["v1:roleping:toggle:SHATTERS", "v1:roleping:toggle:THE_VOID",
                                    "v1:roleping:addall", "v1:roleping:removeall"])

        #expect(try await Self.press("v1:roleping:toggle:SHATTERS", panel, rin, harness).contains("will be pinged"))
        #expect(await guild.member(rin.id)?.roleIDs.contains(shatters.id) == true)
        let refreshedRin = try #require(await guild.member(rin.id))
        #expect(try await Self.press("v1:roleping:toggle:SHATTERS", panel, refreshedRin, harness).contains("no longer"))
        #expect(await guild.member(rin.id)?.roleIDs.contains(shatters.id) == false)
        clock.advance(by: .seconds(60))
        #expect(try await Self.press("v1:roleping:addall", panel, try #require(await guild.member(rin.id)), harness)
            .contains("Added 2"))
        #expect(Set(await guild.member(rin.id)?.roleIDs ?? []).isSuperset(of: [shatters.id, voidPings.id]))
        clock.advance(by: .seconds(60))
        #expect(try await Self.press("v1:roleping:removeall", panel, try #require(await guild.member(rin.id)), harness)
            .contains("Removed 2"))

        // /configrolepings keeps the posted panel current.
        let security = try #require(await guild.member(named: "security_sam"))
        let securityRole = try #require(await guild.role(named: "Security"))
        _ = try await GuildRoleStore(database: harness.database).setRoles([.moderator: securityRole.id], guildID: guild.id,
                                                                           actorID: owner.id, now: 1)
        let handle = try await harness.sandbox.run(command: "configrolepings", options: [
            .string("dungeon", "ABYSS_OF_DEMONS"), .role("role", nest.id),
        ], as: security)
        _ = try await handle.answer(0) { if case .callback = $0 { false } else { true } }
        let path = "/channels/\(channel.id)/messages/\(panel.id)"
        _ = try await harness.sandbox.firstRequest { request in
            request.method == "PATCH" && request.path.hasSuffix(path)
                && request.body?["embeds"]?.asArray?.first?["fields"]?.asArray?.count == 3
        }
        await harness.stop()
    }

    static func say(_ harness: BotHarness, _ command: String, as member: SandboxMember) async throws -> String {
        let handle = try await harness.sandbox.run(command: command, as: member)
        return text(try await handle.answer(0) { if case .callback = $0 { false } else { true } })
    }

    static func press(_ id: String, _ message: SandboxMessage, _ member: SandboxMember,
                      _ harness: BotHarness) async throws -> String {
        let handle = try await harness.sandbox.click(id, on: message, as: member)
        return text(try await handle.answer(0) { if case .callback = $0 { false } else { true } })
    }

    static func text(_ event: InteractionEvent) -> String {
        let body = event.body?["data"] ?? event.body
        return [body?["content"]?.asString, body?["embeds"]?.asArray?.first?["description"]?.asString]
            .compactMap { $0 }.joined(separator: "\n")
    }
}
