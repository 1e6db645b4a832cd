import DiscordModels
import DiscordSandbox
import Testing

@Suite("Gateway handshake")
struct GatewayHandshakeTests {
    @Test("HELLO carries the configured interval; IDENTIFY gets READY then GUILD_CREATE; heartbeats are ACKed")
    func identifyReadyGuildCreateAndHeartbeat() async throws {
        let configuration = SandboxConfiguration(heartbeatInterval: .milliseconds(250))
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            try await withGateway(sandbox) { gateway in
                let hello = try await gateway.expectFrame()
                #expect(hello["op"]?.asInt == 10)
                #expect(hello["d"]?["heartbeat_interval"]?.asInt == 250)
                try await gateway.identify(token: configuration.token)
                let ready = try await gateway.expectFrame()
                #expect(ready["t"]?.asString == "READY")
                #expect(ready["s"]?.asInt == 1)
                #expect(ready["d"]?["resume_gateway_url"]?.asString == sandbox.resumeGatewayURL)
                #expect(ready["d"]?["user"]?["id"]?.asSnowflake == configuration.applicationID)
                #expect(ready["d"]?["application"]?["id"]?.asSnowflake == configuration.applicationID)
                #expect(ready["d"]?["session_id"]?.asString?.isEmpty == false)
                let guildCreate = try await gateway.expectFrame()
                #expect(guildCreate["t"]?.asString == "GUILD_CREATE")
                #expect(guildCreate["s"]?.asInt == 2)
                #expect(guildCreate["d"]?["id"]?.asSnowflake == configuration.guildID)
                #expect((guildCreate["d"]?["roles"]?.asArray?.count ?? 0) >= 8)
                #expect((guildCreate["d"]?["members"]?.asArray?.count ?? 0) >= 7)
                try await gateway.send(op: 1, .number(2))
                let ack = try await gateway.expectFrame()
                #expect(ack["op"]?.asInt == 11)
                try await gateway.close()
            }
            let heartbeat = try await sandbox.gateway.events.first { $0.kind == .received(op: 1) }
            #expect(heartbeat.payload?.asInt == 2)
            #expect(await sandbox.gateway.identifyCount == 1)
        }
    }

    @Test("The gateway URL also works with a trailing slash before the query, as clients append `/?v=10`")
    func trailingSlashGatewayURL() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            try await withGateway(sandbox, url: sandbox.gatewayURL + "/") { gateway in
                #expect(try await gateway.expectFrame()["op"]?.asInt == 10)
                try await gateway.close()
            }
        }
    }

    @Test("IDENTIFY with a wrong token is closed with 4004")
    func wrongTokenIsClosedWith4004() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let code = try await withGateway(sandbox) { gateway in
                _ = try await gateway.expectFrame()
                try await gateway.identify(token: "not-the-token")
                #expect(try await gateway.next() == nil)
            }
            #expect(code == 4004)
        }
    }

    @Test("A payload over 4096 bytes is closed with 4002; an unknown opcode with 4001")
    func oversizedAndUnknownFramesAreRejected() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let oversized = try await withGateway(sandbox) { gateway in
                _ = try await gateway.expectFrame()
                try await gateway.send(op: 1, .string(String(repeating: "x", count: 5000)))
                #expect(try await gateway.next() == nil)
            }
            #expect(oversized == 4002)
            let unknown = try await withGateway(sandbox) { gateway in
                _ = try await gateway.expectFrame()
                try await gateway.send(op: 99, .null)
                #expect(try await gateway.next() == nil)
            }
            #expect(unknown == 4001)
        }
    }

    @Test("zlib-stream: every payload is a binary message ending in 00 00 FF FF that inflates with one context")
    func zlibStreamTransportCompression() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            try await withGateway(sandbox, compressed: true) { gateway in
                let ready = try await gateway.handshake(token: configuration.token)
                #expect(ready["session_id"] != nil)
                let guildCreate = try await gateway.expectFrame()
                #expect(guildCreate["t"]?.asString == "GUILD_CREATE")
                try await gateway.close()
            }
            let connected = try await sandbox.gateway.events.first { if case .connected = $0.kind { true } else { false } }
            #expect(connected.kind == .connected(path: "/gateway", compressed: true))
        }
    }

    @Test("More client frames than the send limit in one window are closed with 4008")
    func sendLimitClosesWith4008() async throws {
        let configuration = SandboxConfiguration(gatewaySendLimit: 3)
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let code = try await withGateway(sandbox) { gateway in
                _ = try await gateway.expectFrame()
                for _ in 0..<4 { try await gateway.send(op: 1, .null) }
                while try await gateway.next() != nil {}
            }
            #expect(code == 4008)
            let acks = await sandbox.gateway.events.filter { $0.kind == .received(op: 1) }.count
            #expect(acks == 4)
        }
    }
}
