import DiscordModels
import DiscordSandbox
import Foundation
import OpenAPIValidation
import Testing

@Suite("Recorded bodies against Discord's OpenAPI spec")
struct OpenAPIConformanceTests {
    @Test("Every recorded request body validates against the spec (the hook end-to-end tests use)")
    func recordedBodiesConformToSpec() async throws {
        let spec = try OpenAPISpec(contentsOf: DiscordSpecFile.path)
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            try await driveTypicalTraffic(sandbox, configuration)
            let withBodies = await sandbox.recordedRequests.filter { !$0.bodyBytes.isEmpty }
            #expect(withBodies.count >= 6)
            for request in withBodies {
                let violations = try spec.validateRequestBody(method: request.method, path: request.path, body: Data(request.bodyBytes))
                #expect(violations.isEmpty, "\(request.method) \(request.route): \(violations)")
            }
        }
    }

    @Test("A body that breaks the spec is caught by the same hook")
    func brokenBodyIsCaught() async throws {
        let spec = try OpenAPISpec(contentsOf: DiscordSpecFile.path)
        try await DiscordSandbox.withSandbox { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "general"))
            _ = try await rest(sandbox, "POST", "/channels/\(channel.id)/messages", body: .object(["content": .number(5)]))
            let request = try await sandbox.firstRequest { $0.is("POST", "/channels/{channel.id}/messages") }
            let violations = try spec.validateRequestBody(method: request.method, path: request.path, body: Data(request.bodyBytes))
            #expect(!violations.isEmpty)
        }
    }

    private func driveTypicalTraffic(_ sandbox: DiscordSandbox, _ configuration: SandboxConfiguration) async throws {
        let guildID = configuration.guildID
        let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
        let row: JSONValue = .object(["type": .number(1), "components": .array([
            .object(["type": .number(2), "style": .number(3), "label": .string("Join"), "custom_id": .string("run:join:7")]),
        ])])
        let created = try await rest(sandbox, "POST", "/channels/\(channel.id)/messages", body: .object([
            "content": .string("Shatters run"), "components": .array([row]),
            "embeds": .array([.object(["title": .string("Shatters"), "fields": .array([
                .object(["name": .string("Leader"), "value": .string("Lee"), "inline": .bool(true)]),
            ])])]),
            "allowed_mentions": .object(["parse": .array([])]),
        ]))
        let messageID = try #require(created.json?["id"]?.asString)
        _ = try await rest(sandbox, "PATCH", "/channels/\(channel.id)/messages/\(messageID)", body: .object(["content": .string("Shatters run (full)")]))
        let raider = try #require(await sandbox.guild.member(named: "raider_rin"))
        _ = try await rest(sandbox, "PATCH", "/guilds/\(guildID)/members/\(raider.id)", body: .object(["nick": .string("Rin | Warrior")]))
        _ = try await rest(sandbox, "POST", "/guilds/\(guildID)/roles", body: .object(["name": .string("Run 7"), "mentionable": .bool(false)]))
        _ = try await rest(sandbox, "POST", "/users/@me/channels", body: .object(["recipient_id": .string(raider.id.description)]))
        _ = try await rest(sandbox, "PUT", "/applications/\(configuration.applicationID)/guilds/\(guildID)/commands", body: .array([
            .object(["name": .string("headcount"), "description": .string("Start a headcount"), "type": .number(1)]),
        ]))
        _ = try await rest(sandbox, "POST", "/channels/\(channel.id)/threads", body: .object(["name": .string("run-7-chat"), "type": .number(11)]))
    }
}
