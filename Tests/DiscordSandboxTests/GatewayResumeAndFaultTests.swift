import DiscordModels
import DiscordSandbox
import Testing

@Suite("Gateway resume and faults")
struct GatewayResumeAndFaultTests {
    let configuration = SandboxConfiguration(heartbeatInterval: .milliseconds(200))

    @Test("RESUME on the resume URL replays the dispatches after seq, then RESUMED, none lost")
    func resumeReplaysMissedDispatches() async throws {
        let configuration = self.configuration
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let session = SessionBox()
            try await withGateway(sandbox) { gateway in
                let ready = try await gateway.handshake(token: configuration.token)
                _ = try await gateway.dispatch("GUILD_CREATE")
                await session.set(ready["session_id"]?.asString, gateway.lastSequence)
                try await gateway.close(code: 4000)
            }
            _ = try await sandbox.gateway.events.first { $0.kind == .disconnected }
            let missed = [
                await sandbox.gateway.dispatch("GUILD_ROLE_CREATE", data: .object(["n": .number(1)]), intent: 1),
                await sandbox.gateway.dispatch("GUILD_ROLE_CREATE", data: .object(["n": .number(2)]), intent: 1),
            ]
            #expect(missed == [3, 4])
            let (sessionID, seq) = await session.get()
            try await withGateway(sandbox, url: sandbox.resumeGatewayURL) { gateway in
                _ = try await gateway.expectFrame()
                try await gateway.send(op: 6, .object([
                    "token": .string(configuration.token), "session_id": .string(sessionID ?? ""), "seq": .number(Double(seq ?? 0)),
                ]))
                let replayed = [try await gateway.expectFrame(), try await gateway.expectFrame()]
                #expect(replayed.map { $0["s"]?.asInt } == [3, 4])
                #expect(replayed.map { $0["d"]?["n"]?.asInt } == [1, 2])
                let resumed = try await gateway.expectFrame()
                #expect(resumed["t"]?.asString == "RESUMED")
                #expect(resumed["s"]?.asInt == 5)
                try await gateway.close()
            }
            #expect(try await sandbox.gateway.identified() == sessionID)
            #expect(try await sandbox.gateway.resumed() == 2)
            #expect(try await sandbox.gateway.connected(occurrence: 0) == "/gateway")
            #expect(try await sandbox.gateway.connected(occurrence: 1) == "/resume")
            #expect(await sandbox.gateway.identifyCount == 1)
        }
    }

    @Test("RESUME from before the replay buffer gets op 9 false")
    func resumeOlderThanReplayBufferIsInvalid() async throws {
        let configuration = SandboxConfiguration(replayLimit: 2)
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                _ = try await gateway.dispatch("GUILD_CREATE")
                try await gateway.close()
            }
            let sessionID = try await sandbox.gateway.identified()
            for _ in 0..<3 { await sandbox.gateway.dispatch("GUILD_ROLE_CREATE", data: .null, intent: 1) }
            try await withGateway(sandbox, url: sandbox.resumeGatewayURL) { gateway in
                _ = try await gateway.expectFrame()
                try await gateway.send(op: 6, .object([
                    "token": .string(configuration.token), "session_id": .string(sessionID), "seq": .number(2),
                ]))
                let invalid = try await gateway.expectFrame()
                #expect(invalid["op"]?.asInt == 9 && invalid["d"]?.asBool == false)
                try await gateway.close()
            }
        }
    }

    @Test("RESUME with an unknown session gets op 9 false")
    func resumeWithUnknownSessionIsInvalid() async throws {
        let configuration = self.configuration
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.expectFrame()
                try await gateway.send(op: 6, .object([
                    "token": .string(configuration.token), "session_id": .string("nope"), "seq": .number(3),
                ]))
                let invalid = try await gateway.expectFrame()
                #expect(invalid["op"]?.asInt == 9)
                #expect(invalid["d"]?.asBool == false)
                try await gateway.close()
            }
        }
    }

    @Test("Dropped ACKs: a heartbeat gets no op 11 (the next frame is the op 1 the test asked for)")
    func droppedHeartbeatACKs() async throws {
        let configuration = self.configuration
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                _ = try await gateway.dispatch("GUILD_CREATE")
                await sandbox.gateway.dropHeartbeatACKs()
                try await gateway.send(op: 1, .number(2))
                _ = try await sandbox.gateway.events.first { $0.kind == .received(op: 1) }
                await sandbox.gateway.requestHeartbeat()
                let next = try await gateway.expectFrame()
                #expect(next["op"]?.asInt == 1)
                #expect(next["d"] == .null)
                await sandbox.gateway.dropHeartbeatACKs(false)
                try await gateway.send(op: 1, .number(2))
                #expect(try await gateway.expectFrame()["op"]?.asInt == 11)
                try await gateway.close()
            }
        }
    }

    @Test("Scripted op 7, op 9 true and op 9 false arrive; op 9 false forgets the session")
    func reconnectAndInvalidSession() async throws {
        let configuration = self.configuration
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                _ = try await gateway.dispatch("GUILD_CREATE")
                await sandbox.gateway.sendReconnect()
                #expect(try await gateway.expectFrame()["op"]?.asInt == 7)
                await sandbox.gateway.invalidateSession(resumable: true)
                let resumable = try await gateway.expectFrame()
                #expect(resumable["op"]?.asInt == 9 && resumable["d"]?.asBool == true)
                #expect(await sandbox.gateway.sessionID != nil)
                await sandbox.gateway.invalidateSession(resumable: false)
                let fresh = try await gateway.expectFrame()
                #expect(fresh["op"]?.asInt == 9 && fresh["d"]?.asBool == false)
                #expect(await sandbox.gateway.sessionID == nil)
                try await gateway.close()
            }
        }
    }

    @Test("The sandbox closes the socket with any scripted code", arguments: [4000, 4004, 4007, 4009, 4014, 1001])
    func scriptedCloseCodes(code: Int) async throws {
        let configuration = self.configuration
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let received = try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                _ = try await gateway.dispatch("GUILD_CREATE")
                await sandbox.gateway.closeConnection(code: code)
                while try await gateway.next() != nil {}
            }
            #expect(received == code)
        }
    }

    @Test("A dropped socket ends without a close frame and the session stays resumable")
    func droppedSocketKeepsSession() async throws {
        let configuration = self.configuration
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let code = try? await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                _ = try await gateway.dispatch("GUILD_CREATE")
                await sandbox.gateway.dropConnection()
                while try await gateway.next() != nil {}
            }
            #expect(code == nil || code == 1006)
            _ = try await sandbox.gateway.events.first { $0.kind == .disconnected }
            #expect(await sandbox.gateway.sessionID != nil)
            #expect(await sandbox.gateway.isConnected == false)
        }
    }

    @Test("Dispatches respect the identified intents")
    func dispatchesRespectIntents() async throws {
        let configuration = self.configuration
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token, intents: 1)
                _ = try await gateway.dispatch("GUILD_CREATE")
                #expect(await sandbox.gateway.dispatch("GUILD_MEMBER_UPDATE", data: .null, intent: 2) == nil)
                #expect(await sandbox.gateway.dispatch("GUILD_ROLE_CREATE", data: .null, intent: 1) == 3)
                #expect(try await gateway.expectFrame()["t"]?.asString == "GUILD_ROLE_CREATE")
                try await gateway.close()
            }
        }
    }
}

/// Carries the session across two connections in one test.
actor SessionBox {
    private var sessionID: String?
    private var sequence: Int?

    func set(_ sessionID: String?, _ sequence: Int?) {
        self.sessionID = sessionID
        self.sequence = sequence
    }

    func get() -> (String?, Int?) { (sessionID, sequence) }
}
