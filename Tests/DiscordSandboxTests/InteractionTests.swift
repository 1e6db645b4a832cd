import DiscordModels
import DiscordSandbox
import Testing

@Suite("Member actions and interaction callbacks")
struct InteractionTests {
    @Test("A click sends INTERACTION_CREATE with member, roles and permissions; the callback resolves the handle")
    func clickThenDeferredUpdate() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            let panel = await sandbox.guild.postMessage(in: channel.id, as: sandbox.guild.bot.id, content: "Run", components: [
                .object(["type": .number(1), "components": .array([
                    .object(["type": .number(2), "style": .number(1), "label": .string("Join"), "custom_id": .string("run:join:1")]),
                ])]),
            ])
            let raider = try #require(await sandbox.guild.member(named: "raider_rin"))
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                _ = try await gateway.dispatch("GUILD_CREATE")
                let reply = try await sandbox.click("run:join:1", on: panel, as: raider)
                let frame = try await gateway.dispatch("INTERACTION_CREATE")
                let interaction = try #require(frame["d"])
                #expect(frame["s"]?.asInt == reply.sequence)
                #expect(interaction["type"]?.asInt == 3)
                #expect(interaction["data"]?["custom_id"]?.asString == "run:join:1")
                #expect(interaction["member"]?["user"]?["id"]?.asSnowflake == raider.id)
                #expect(interaction["member"]?["roles"]?.asArray?.count == raider.roleIDs.count)
                #expect(interaction["member"]?["permissions"]?.asString != nil)
                #expect(interaction["message"]?["id"]?.asSnowflake == panel.id)
                #expect(interaction["app_permissions"]?.asString != nil)
                let token = try #require(interaction["token"]?.asString)
                let path = "/interactions/\(reply.id)/\(token)/callback"
                let first = try await rest(sandbox, "POST", path, body: .object(["type": .number(6)]), token: nil)
                #expect(first.status == 204)
                let callback = try await reply.callback
                #expect(callback.type == 6)
                #expect(callback.accepted)
                #expect(callback.latency > .zero)
                let second = try await rest(sandbox, "POST", path, body: .object(["type": .number(6)]), token: nil)
                #expect(second.status == 400)
                #expect(second.json?["code"]?.asInt == 40060)
                try await gateway.close()
            }
        }
    }

    @Test("After a deferral, the first follow-up fills in the original; @original edits are recorded")
    func deferralThenFollowupAndOriginalEdit() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let leader = try #require(await sandbox.guild.member(named: "leader_lee"))
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                let reply = try await sandbox.run(command: "headcount", options: [.string("dungeon", "shatters")], as: leader)
                let interaction = try #require(try await gateway.dispatch("INTERACTION_CREATE")["d"])
                #expect(interaction["data"]?["options"]?.asArray?.first?["value"]?.asString == "shatters")
                let token = try #require(interaction["token"]?.asString)
                let app = configuration.applicationID
                let deferred = try await rest(sandbox, "POST", "/interactions/\(reply.id)/\(token)/callback",
                                              body: .object(["type": .number(5), "data": .object(["flags": .number(64)])]), token: nil)
                #expect(deferred.status == 204)
                #expect(try await reply.callback.isEphemeral)
                let followup = try await rest(sandbox, "POST", "/webhooks/\(app)/\(token)",
                                              body: .object(["content": .string("Headcount started")]), token: nil)
                #expect(followup.status == 200)
                let edit = try await rest(sandbox, "PATCH", "/webhooks/\(app)/\(token)/messages/@original",
                                          body: .object(["content": .string("Headcount ended")]), token: nil)
                #expect(edit.status == 200)
                #expect(edit.json?["id"] == followup.json?["id"])
                let originalID = try #require(followup.json?["id"]?.asSnowflake)
                let original = try #require(await sandbox.guild.message(originalID))
                #expect(original.content == "Headcount ended")
                #expect(original.isEphemeral)
                #expect(original.flags & 128 == 0)
                #expect(try await reply.followup.body?["content"]?.asString == "Headcount started")
                #expect(try await reply.originalEdit.accepted)
                try await gateway.close()
            }
        }
    }

    @Test("A callback after the deadline gets 404 10062 and is recorded as not accepted")
    func lateCallbackIsUnknownInteraction() async throws {
        let configuration = SandboxConfiguration(callbackDeadline: .zero)
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let raider = try #require(await sandbox.guild.member(named: "raider_ray"))
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                let reply = try await sandbox.run(command: "stats", as: raider)
                let token = try #require(try await gateway.dispatch("INTERACTION_CREATE")["d"]?["token"]?.asString)
                let late = try await rest(sandbox, "POST", "/interactions/\(reply.id)/\(token)/callback",
                                          body: .object(["type": .number(5)]), token: nil)
                #expect(late.status == 404)
                #expect(late.json?["code"]?.asInt == 10062)
                #expect(try await reply.callback.accepted == false)
                try await gateway.close()
            }
        }
    }

    @Test("A modal callback over Discord's limits is 50035 and does not acknowledge")
    func invalidModalIsRejected() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let raider = try #require(await sandbox.guild.member(named: "raider_ray"))
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                let reply = try await sandbox.run(command: "apply", as: raider)
                let token = try #require(try await gateway.dispatch("INTERACTION_CREATE")["d"]?["token"]?.asString)
                let path = "/interactions/\(reply.id)/\(token)/callback"
                let modal: JSONValue = .object(["type": .number(9), "data": .object([
                    "custom_id": .string("apply"), "title": .string(String(repeating: "T", count: 46)),
                    "components": .array([.object(["type": .number(1)])]),
                ])])
                let rejected = try await rest(sandbox, "POST", path, body: modal, token: nil)
                #expect(rejected.status == 400)
                #expect(rejected.json?["errors"]?["data"]?["title"]?["_errors"] != nil)
                let first = try await reply.callback
                #expect(first.type == 9 && first.status == 400)
                let accepted = try await rest(sandbox, "POST", path, body: .object(["type": .number(5)]), token: nil)
                #expect(accepted.status == 204)
                try await gateway.close()
            }
        }
    }

    @Test("A member can only click a component the message shows; the identify recording hides the token")
    func clickNeedsTheComponent() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            let plain = await sandbox.guild.postMessage(in: channel.id, as: sandbox.guild.bot.id, content: "no buttons")
            let raider = try #require(await sandbox.guild.member(named: "raider_ray"))
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                await #expect(throws: SandboxError.self) { try await sandbox.click("run:join", on: plain, as: raider) }
                try await gateway.close()
            }
            let identify = try await sandbox.gateway.events.first { $0.kind == .received(op: 2) }
            #expect(identify.payload?["token"]?.asString == "[redacted]")
            #expect(identify.payload?["intents"]?.asInt == 4099)
        }
    }

    @Test("Member actions need a gateway session")
    func actionsNeedASession() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let raider = try #require(await sandbox.guild.member(named: "raider_ray"))
            await #expect(throws: SandboxError.self) { try await sandbox.run(command: "stats", as: raider) }
        }
    }
}
