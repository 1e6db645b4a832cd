import DiscordModels
import DiscordSandbox
import Testing

@Suite("Members' guild messages and the bot's reactions")
struct GuildMessageTests {
    /// GUILDS | GUILD_MEMBERS | GUILD_MESSAGES | DIRECT_MESSAGES, without and with MESSAGE_CONTENT.
    private static let withoutContent = 1 | 2 | 1 << 9 | 1 << 12
    private static let withContent = withoutContent | 1 << 15

    @Test("A member's post in a thread is a guild MESSAGE_CREATE with their partial member and attachments")
    func postInThreadIsDispatched() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "general"))
            let thread = try await rest(sandbox, "POST", "/channels/\(channel.id)/threads",
                                        body: .object(["name": .string("MM-ABC123 - rin"), "type": .number(11)]))
            let threadID = try #require(thread.json?["id"]?.asSnowflake)
            let sam = try #require(await sandbox.guild.member(named: "security_sam"))
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token, intents: Self.withContent)
                let posted = try await sandbox.post("We're on it", in: threadID, as: sam, attachments: ["https://cdn.example/a.png"])
                let event = try await gateway.dispatch("MESSAGE_CREATE")
                #expect(event["d"]?["id"]?.asSnowflake == posted.id)
                #expect(event["d"]?["channel_id"]?.asSnowflake == threadID)
                #expect(event["d"]?["guild_id"]?.asSnowflake == configuration.guildID)
                #expect(event["d"]?["author"]?["id"]?.asSnowflake == sam.id)
                #expect(event["d"]?["content"]?.asString == "We're on it")
                #expect(event["d"]?["member"]?["roles"]?.asArray?.compactMap(\.asSnowflake) == sam.roleIDs)
                #expect(event["d"]?["member"]?["user"] == nil)
                #expect(event["d"]?["attachments"]?.asArray?.first?["url"]?.asString == "https://cdn.example/a.png")
                try await gateway.close()
            }
        }
    }

    @Test("Without MESSAGE_CONTENT the post arrives empty; without GUILD_MESSAGES it does not arrive")
    func intentsShapeTheDispatch() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "general"))
            let sam = try #require(await sandbox.guild.member(named: "security_sam"))
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token, intents: Self.withoutContent)
                _ = try await sandbox.post("secret", in: channel.id, as: sam, attachments: ["https://cdn.example/b.png"])
                let event = try await gateway.dispatch("MESSAGE_CREATE")
                #expect(event["d"]?["content"]?.asString == "")
                #expect(event["d"]?["attachments"]?.asArray?.isEmpty == true)
                try await gateway.close()
            }
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token, intents: 1 | 2 | 1 << 12)
                let sequence = await sandbox.gateway.sequence
                _ = try await sandbox.post("unseen", in: channel.id, as: sam)
                #expect(await sandbox.gateway.sequence == sequence)
                try await gateway.close()
            }
            #expect(await sandbox.guild.messages(in: channel.id).map(\.content) == ["secret", "unseen"])
        }
    }

    @Test("The bot reacts to a message with a Unicode emoji; the reaction is on the message")
    func botReaction() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "general"))
            let sam = try #require(await sandbox.guild.member(named: "security_sam"))
            let posted = try await sandbox.post("hello", in: channel.id, as: sam)
            let path = "/channels/\(channel.id)/messages/\(posted.id)/reactions/%E2%9C%85/@me"
            #expect(try await rest(sandbox, "PUT", path).status == 204)
            #expect(try await rest(sandbox, "PUT", path).status == 204)
            #expect(await sandbox.guild.message(posted.id)?.reactions == ["✅"])
            let missing = try await rest(sandbox, "PUT", "/channels/\(channel.id)/messages/1/reactions/%E2%9C%85/@me")
            #expect(missing.status == 404)
        }
    }
}
