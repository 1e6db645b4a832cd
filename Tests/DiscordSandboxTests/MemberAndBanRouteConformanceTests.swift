import DiscordModels
import DiscordSandbox
import Foundation
import OpenAPIValidation
import Testing

/// The stand-in's member and ban routes, which `/kick`, `/ban`, `/softban` and `/unban` use, are
/// Discord operations: each request is one the spec knows with a body it accepts, and each JSON
/// answer is the shape the spec promises for that status.
@Suite("Member and ban routes against Discord's OpenAPI spec")
struct MemberAndBanRouteConformanceTests {
    @Test("get member, kick, ban, get ban, list bans, unban conform (a missing member or ban is a 404) to the spec")
    func memberAndBanRoutesConform() async throws {
        let spec = try OpenAPISpec(contentsOf: DiscordSpecFile.path)
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let guildID = configuration.guildID
            let rin = try #require(await sandbox.guild.member(named: "raider_rin"))
            let ray = try #require(await sandbox.guild.member(named: "raider_ray"))
            let calls: [(String, String, JSONValue?, Int)] = [
                ("GET", "/guilds/\(guildID)/members/\(rin.id)", nil, 200),
                ("DELETE", "/guilds/\(guildID)/members/\(rin.id)", nil, 204),
                ("GET", "/guilds/\(guildID)/members/\(rin.id)", nil, 404),
                ("PUT", "/guilds/\(guildID)/bans/\(ray.id)", .object(["delete_message_seconds": .number(86_400)]), 204),
                ("GET", "/guilds/\(guildID)/bans/\(ray.id)", nil, 200),
                ("GET", "/guilds/\(guildID)/bans", nil, 200),
                ("DELETE", "/guilds/\(guildID)/bans/\(ray.id)", nil, 204),
                ("GET", "/guilds/\(guildID)/bans/\(ray.id)", nil, 404),
                ("DELETE", "/guilds/\(guildID)/bans/\(ray.id)", nil, 404),
            ]
            for (method, path, body, status) in calls {
                let reply = try await rest(sandbox, method, path, body: body, headers: ["X-Audit-Log-Reason": "test"])
                #expect(reply.status == status, "\(method) \(path)")
                let sent = body.map { Data(WireText.encode($0).utf8) } ?? Self.emptyBody(spec, method, path)
                #expect(try spec.validateRequest(method: method, path: path, body: sent).isEmpty, "\(method) \(path)")
                if let json = reply.json, reply.status < 300 {
                    let violations = try spec.validateResponseBody(method: method, path: path, status: reply.status,
                                                                   body: Data(WireText.encode(json).utf8))
                    #expect(violations.isEmpty, "\(method) \(path) \(reply.status): \(violations)")
                }
            }
            #expect(await sandbox.guild.member(rin.id) == nil)
            #expect(await sandbox.guild.bans.isEmpty)
        }
    }

    @Test("a ban dispatches GUILD_BAN_ADD and GUILD_MEMBER_REMOVE, an unban GUILD_BAN_REMOVE (GUILD_MODERATION intent)")
    func bansAreDispatched() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token, intents: 4099 | 4)
                let ray = try #require(await sandbox.guild.member(named: "raider_ray"))
                let path = "/guilds/\(configuration.guildID)/bans/\(ray.id)"
                _ = try await rest(sandbox, "PUT", path, body: .object(["delete_message_seconds": .number(0)]))
                let added = try await gateway.dispatch("GUILD_BAN_ADD")
                #expect(added["d"]?["user"]?["id"]?.asSnowflake == ray.id)
                let left = try await gateway.dispatch("GUILD_MEMBER_REMOVE")
                #expect(left["d"]?["user"]?["id"]?.asSnowflake == ray.id)
                _ = try await rest(sandbox, "DELETE", path)
                let lifted = try await gateway.dispatch("GUILD_BAN_REMOVE")
                #expect(lifted["d"]?["user"]?["id"]?.asSnowflake == ray.id)
                #expect(lifted["d"]?["guild_id"]?.asSnowflake == configuration.guildID)
                try await gateway.close()
            }
        }
    }

    /// No body, or `{}` where the spec declares a required body with no properties (the unban's
    /// `UnbanUserFromGuildRequest`): Discord takes a bodiless DELETE for it, which is what bots send.
    static func emptyBody(_ spec: OpenAPISpec, _ method: String, _ path: String) -> Data? {
        guard let operation = spec.operation(method: method, path: path), operation.requestBodyRequired else { return nil }
        return Data("{}".utf8)
    }
}
