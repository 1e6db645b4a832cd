import DiscordModels
import DiscordSandbox
import Testing

@Suite("REST messages")
struct RESTMessageTests {
    @Test("POST /channels/{id}/messages stores the message, answers it, and records the request without the token")
    func createMessageIsStoredAndRecorded() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            let reply = try await rest(sandbox, "POST", "/channels/\(channel.id)/messages", body: .object([
                "content": .string("Headcount: Shatters"), "allowed_mentions": .object(["parse": .array([])]),
            ]))
            #expect(reply.status == 200)
            #expect(reply.json?["content"]?.asString == "Headcount: Shatters")
            #expect(reply.json?["channel_id"]?.asSnowflake == channel.id)
            #expect(reply.header("X-RateLimit-Limit") == "5")
            #expect(reply.header("X-RateLimit-Remaining") == "4")
            #expect(reply.header("X-RateLimit-Bucket") != nil)
            #expect(reply.header("X-RateLimit-Reset-After") != nil)
            let stored = await sandbox.guild.messages(in: channel.id)
            #expect(stored.map(\.content) == ["Headcount: Shatters"])
            let recorded = try await sandbox.firstRequest { $0.is("POST", "/channels/{channel.id}/messages") }
            #expect(recorded.hadAuthorization)
            #expect(recorded.headers["authorization"] == nil)
            #expect(recorded.headers["user-agent"]?.hasPrefix("DiscordBot") == true)
            #expect(recorded.body?["content"]?.asString == "Headcount: Shatters")
            #expect(recorded.status == 200)
        }
    }

    @Test("A request without the bot token gets 401 with Discord's error body")
    func missingTokenIs401() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let reply = try await rest(sandbox, "GET", "/gateway/bot", token: nil)
            #expect(reply.status == 401)
            #expect(reply.json?["message"]?.asString == "401: Unauthorized")
            #expect(reply.json?["code"]?.asInt == 0)
            let wrong = try await rest(sandbox, "GET", "/gateway/bot", token: "wrong")
            #expect(wrong.status == 401)
        }
    }

    @Test("GET /gateway/bot points at the sandbox gateway with a session start limit")
    func gatewayBotPointsAtSandbox() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let reply = try await rest(sandbox, "GET", "/gateway/bot")
            #expect(reply.status == 200)
            #expect(reply.json?["url"]?.asString == sandbox.gatewayURL)
            #expect(reply.json?["shards"]?.asInt == 1)
            #expect(reply.json?["session_start_limit"]?["remaining"]?.asInt == 1000)
            #expect(reply.json?["session_start_limit"]?["max_concurrency"]?.asInt == 1)
        }
    }

    @Test("Limits are enforced with 50035 and an errors tree naming the path", arguments: LimitCase.all)
    func limitViolationsAre50035(limit: LimitCase) async throws {
        let (body, path) = (limit.body, limit.path)
        try await DiscordSandbox.withSandbox { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            let reply = try await rest(sandbox, "POST", "/channels/\(channel.id)/messages", body: body)
            #expect(reply.status == 400)
            #expect(reply.json?["code"]?.asInt == 50035)
            var node = reply.json?["errors"]
            for key in path { node = node?[key] }
            #expect(node?["_errors"]?.asArray?.isEmpty == false)
            #expect(await sandbox.guild.messages(in: channel.id).isEmpty)
        }
    }

    @Test("An empty message is 50006 and an unknown channel is 10003")
    func emptyMessageAndUnknownChannel() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            let empty = try await rest(sandbox, "POST", "/channels/\(channel.id)/messages", body: .object(["content": .string("")]))
            #expect(empty.status == 400)
            #expect(empty.json?["code"]?.asInt == 50006)
            let unknown = try await rest(sandbox, "POST", "/channels/42/messages", body: .object(["content": .string("hi")]))
            #expect(unknown.status == 404)
            #expect(unknown.json?["code"]?.asInt == 10003)
        }
    }
}

/// One broken limit: a message body and the error path Discord names.
struct LimitCase: Sendable, CustomTestStringConvertible {
    let name: String
    let body: JSONValue
    let path: [String]

    var testDescription: String { name }

    static let all: [LimitCase] = [
        LimitCase(name: "content 2001", body: .object(["content": .string(String(repeating: "a", count: 2001))]), path: ["content"]),
        LimitCase(name: "11 embeds", body: .object(["embeds": .array(Array(repeating: .object(["title": .string("t")]), count: 11))]),
                  path: ["embeds"]),
        LimitCase(name: "26 fields", body: .object(["embeds": .array([.object(["fields": .array(
            Array(repeating: .object(["name": .string("n"), "value": .string("v")]), count: 26))])])]),
                  path: ["embeds", "0", "fields"]),
        LimitCase(name: "custom_id 101", body: .object(["components": .array([.object(["type": .number(1), "components": .array([
            .object(["type": .number(2), "style": .number(1), "label": .string("Join"), "custom_id": .string(String(repeating: "c", count: 101))]),
        ])])])]), path: ["components", "0", "components", "0", "custom_id"]),
        LimitCase(name: "a custom emoji the bot cannot use", body: .object(["components": .array([.object(["type": .number(1), "components": .array([
            .object(["type": .number(2), "style": .number(2), "label": .string("Key"), "custom_id": .string("k"),
                     "emoji": .object(["id": .string("561248700291088386"), "name": .string("key")])]),
        ])])])]), path: ["components", "0", "components", "0", "emoji", "name"]),
        LimitCase(name: "6 action rows", body: .object(["components": .array(Array(repeating: .object(["type": .number(1), "components": .array([])]), count: 6))]),
                  path: ["components"]),
        LimitCase(name: "embed total 6001", body: .object(["embeds": .array([
            .object(["description": .string(String(repeating: "d", count: 4096))]),
            .object(["description": .string(String(repeating: "d", count: 1905))]),
        ])]), path: ["embeds"]),
    ]
}
