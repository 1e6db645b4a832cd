import DiscordModels
import DiscordSandbox
import Foundation
import Testing

@Suite("Sandbox payloads decode with DiscordModels")
struct ModelsDecodingTests {
    @Test("Every frame of a session (READY, GUILD_CREATE, interactions, member and role events) decodes without undecodable dispatches")
    func gatewayFramesDecode() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            let panel = await sandbox.guild.postMessage(in: channel.id, as: sandbox.guild.bot.id, content: "Run", components: [
                .object(["type": .number(1), "components": .array([
                    .object(["type": .number(2), "style": .number(1), "label": .string("Join"), "custom_id": .string("join")]),
                    .object(["type": .number(2), "style": .number(4), "label": .string("Leave"), "custom_id": .string("leave")]),
                ])]),
                .object(["type": .number(1), "components": .array([
                    .object(["type": .number(3), "custom_id": .string("class"), "options": .array([
                        .object(["label": .string("Wizard"), "value": .string("wizard")]),
                    ])]),
                ])]),
            ])
            let raider = try #require(await sandbox.guild.member(named: "raider_rin"))
            let verified = try #require(await sandbox.guild.role(named: "Verified Raider"))
            let newcomer = try #require(await sandbox.guild.member(named: "newcomer_nia"))
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token, intents: 4099 | 512)
                _ = try await gateway.dispatch("GUILD_CREATE")
                _ = try await sandbox.click("join", on: panel, as: raider)
                _ = try await gateway.dispatch("INTERACTION_CREATE")
                _ = try await sandbox.select("class", values: ["wizard"], on: panel, as: raider)
                _ = try await gateway.dispatch("INTERACTION_CREATE")
                _ = try await sandbox.run(command: "kick", options: [.user("member", newcomer.id), .string("reason", "afk")], as: raider)
                _ = try await gateway.dispatch("INTERACTION_CREATE")
                _ = try await sandbox.submit(modal: "apply", fields: [("ign", "RinTheWiz")], as: raider)
                _ = try await gateway.dispatch("INTERACTION_CREATE")
                _ = try await sandbox.autocomplete(command: "headcount", options: [.string("dungeon", "sha", focused: true)], as: raider)
                _ = try await gateway.dispatch("INTERACTION_CREATE")
                _ = try await rest(sandbox, "PUT", "/guilds/\(configuration.guildID)/members/\(newcomer.id)/roles/\(verified.id)")
                _ = try await gateway.dispatch("GUILD_MEMBER_UPDATE")
                _ = try await rest(sandbox, "POST", "/guilds/\(configuration.guildID)/roles", body: .object(["name": .string("Run 1")]))
                _ = try await gateway.dispatch("GUILD_ROLE_CREATE")
                _ = try await rest(sandbox, "POST", "/channels/\(channel.id)/messages", body: .object(["content": .string("hello")]))
                _ = try await gateway.dispatch("MESSAGE_CREATE")
                try await gateway.close()
                var names: [String] = []
                for text in gateway.texts {
                    let message = try GatewayMessage.decode(text)
                    guard case .dispatch(_, let event) = message else { continue }
                    if case .undecodable(let name, let error) = event { Issue.record("\(name) undecodable: \(error)") }
                    if case .unknown(let name) = event { Issue.record("\(name) unknown to DiscordModels") }
                    names.append(event.name)
                }
                #expect(names == ["READY", "GUILD_CREATE"] + Array(repeating: "INTERACTION_CREATE", count: 5)
                    + ["GUILD_MEMBER_UPDATE", "GUILD_ROLE_CREATE", "MESSAGE_CREATE"])
            }
        }
    }

    @Test("REST replies decode as DiscordModels types")
    func restRepliesDecode() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "general"))
            let raider = try #require(await sandbox.guild.member(named: "raider_rin"))
            let message = try await rest(sandbox, "POST", "/channels/\(channel.id)/messages", body: .object(["content": .string("hi")]))
            _ = try JSONDecoder().decode(Message.self, from: Data(WireText.encode(try #require(message.json)).utf8))
            let member = try await rest(sandbox, "GET", "/guilds/\(configuration.guildID)/members/\(raider.id)")
            _ = try JSONDecoder().decode(Member.self, from: Data(WireText.encode(try #require(member.json)).utf8))
            let roles = try await rest(sandbox, "GET", "/guilds/\(configuration.guildID)/roles")
            _ = try JSONDecoder().decode([Role].self, from: Data(WireText.encode(try #require(roles.json)).utf8))
            let channels = try await rest(sandbox, "GET", "/guilds/\(configuration.guildID)/channels")
            _ = try JSONDecoder().decode([Channel].self, from: Data(WireText.encode(try #require(channels.json)).utf8))
            let gateway = try await rest(sandbox, "GET", "/gateway/bot")
            _ = try JSONDecoder().decode(GatewayBotInfo.self, from: Data(WireText.encode(try #require(gateway.json)).utf8))
        }
    }
}
