import DiscordModels
import DiscordSandbox
import Testing

@Suite("REST resources")
struct RESTResourceTests {
    @Test("Bulk delete needs 2-100 distinct ids and removes them")
    func bulkDelete() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "staff-logs"))
            var ids: [JSONValue] = []
            for index in 0..<3 {
                let message = await sandbox.guild.postMessage(in: channel.id, as: sandbox.guild.bot.id, content: "log \(index)")
                ids.append(.string(message.id.description))
            }
            let path = "/channels/\(channel.id)/messages/bulk-delete"
            let one = try await rest(sandbox, "POST", path, body: .object(["messages": .array([ids[0]])]))
            #expect(one.status == 400 && one.json?["code"]?.asInt == 50035)
            let duplicate = try await rest(sandbox, "POST", path, body: .object(["messages": .array([ids[0], ids[0]])]))
            #expect(duplicate.status == 400)
            let done = try await rest(sandbox, "POST", path, body: .object(["messages": .array(Array(ids.prefix(2)))]))
            #expect(done.status == 204)
            #expect(await sandbox.guild.messages(in: channel.id).map(\.content) == ["log 2"])
        }
    }

    @Test("Threads: created from a channel or a message, listed as active, announced as THREAD_CREATE")
    func threads() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            let message = await sandbox.guild.postMessage(in: channel.id, as: sandbox.guild.bot.id, content: "Run 7")
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                let plain = try await rest(sandbox, "POST", "/channels/\(channel.id)/threads",
                                           body: .object(["name": .string("vc-chat"), "type": .number(12)]))
                #expect(plain.status == 201)
                #expect(plain.json?["type"]?.asInt == 12)
                #expect(plain.json?["parent_id"]?.asSnowflake == channel.id)
                let created = try await gateway.dispatch("THREAD_CREATE")
                #expect(created["d"]?["newly_created"]?.asBool == true)
                let fromMessage = try await rest(sandbox, "POST", "/channels/\(channel.id)/messages/\(message.id)/threads",
                                                 body: .object(["name": .string("run-7")]))
                #expect(fromMessage.json?["id"]?.asSnowflake == message.id)
                try await gateway.close()
            }
            let active = try await rest(sandbox, "GET", "/guilds/\(configuration.guildID)/threads/active")
            #expect(active.json?["threads"]?.asArray?.count == 2)
        }
    }

    @Test("The bot may not edit another user's message content (50005)")
    func editingOthersMessages() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "general"))
            let raider = try #require(await sandbox.guild.member(named: "raider_rin"))
            let theirs = await sandbox.guild.postMessage(in: channel.id, as: raider.id, content: "mine")
            let edit = try await rest(sandbox, "PATCH", "/channels/\(channel.id)/messages/\(theirs.id)",
                                      body: .object(["content": .string("not yours")]))
            #expect(edit.status == 403)
            #expect(edit.json?["code"]?.asInt == 50005)
            let flagsOnly = try await rest(sandbox, "PATCH", "/channels/\(channel.id)/messages/\(theirs.id)",
                                           body: .object(["flags": .number(4)]))
            #expect(flagsOnly.status == 200)
        }
    }

    @Test("Callback types are checked against the interaction type; with_response returns the message")
    func callbackTypesAndWithResponse() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let raider = try #require(await sandbox.guild.member(named: "raider_rin"))
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                let reply = try await sandbox.run(command: "ping", as: raider)
                let token = try #require(try await gateway.dispatch("INTERACTION_CREATE")["d"]?["token"]?.asString)
                let path = "/interactions/\(reply.id)/\(token)/callback"
                let update = try await rest(sandbox, "POST", path, body: .object(["type": .number(6)]), token: nil)
                #expect(update.status == 400)
                let message = try await rest(sandbox, "POST", path + "?with_response=true", body: .object([
                    "type": .number(4), "data": .object(["content": .string("pong"), "flags": .number(64)]),
                ]), token: nil)
                #expect(message.status == 200)
                #expect(message.json?["resource"]?["message"]?["content"]?.asString == "pong")
                #expect(message.json?["interaction"]?["type"]?.asInt == 2)
                try await gateway.close()
            }
        }
    }
}
