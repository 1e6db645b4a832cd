import DiscordModels
import DiscordSandbox
import Testing
@testable import DiscordGateway

/// The service against the local Discord stand-in: real sockets on loopback, faults injected by the sandbox.
@Suite("GatewayService end to end against DiscordSandbox", .timeLimit(.minutes(2)))
struct GatewayServiceEndToEndTests {
    typealias Kind = GatewayEventRecord.Kind

    static func isResumed(_ kind: Kind) -> Bool {
        if case .resumed = kind { return true }
        return false
    }

    static func isIdentified(_ kind: Kind) -> Bool {
        if case .identified = kind { return true }
        return false
    }

    /// Sends a marker dispatch while the bot may be offline; the sandbox keeps it for replay.
    @discardableResult
    static func mark(_ sandbox: DiscordSandbox, _ n: Int) async -> Int? {
        await sandbox.gateway.dispatch("RAIDBOT_MARK", data: .object(["n": .number(Double(n))]))
    }

    /// Then: every sequence from 1 to the sandbox's last was delivered exactly once, in order.
    static func expectNoDispatchLost(_ bot: GatewayTestBot, _ sandbox: DiscordSandbox) async {
        let last = await sandbox.gateway.sequence
        let delivered = await bot.deliveredSequences()
        #expect(delivered == Array(1...last))
    }

    @Test func connectsIdentifiesHeartbeatsAndKeepsTheSessionOnShutdown() async throws {
        // 600 ms beats: fast enough for three, slow enough that a loaded machine's late ACK is not
        // taken for a zombie connection (which would resume and add a sequence).
        try await DiscordSandbox.withSandbox(SandboxConfiguration(heartbeatInterval: .milliseconds(600))) { sandbox in
            let store = MemorySessionStore()
            try await GatewayTestBot.run(sandbox: sandbox, store: store) { bot in
                let ready = try await bot.received("READY")
                try await bot.received("GUILD_CREATE")
                // Three heartbeats carrying the last sequence (READY 1, GUILD_CREATE 2).
                let beat = try await sandbox.gatewayEvent(occurrence: 2) { $0 == .received(op: 1) }
                #expect(beat.payload?.asInt == 2)
                #expect(ready.sequence == 1)
                // A later beat is only sent after the earlier one was ACKed, so a round trip is known.
                let latency = try #require(bot.service.heartbeatLatency)
                #expect(latency > .zero && latency < .seconds(20)) // a measured round trip, bounded loosely
            }
            try await sandbox.gatewayEvent { $0 == .disconnected }
            let saved = await store.session
            #expect(saved?.sessionID == (await sandbox.gateway.sessionID))
            #expect(saved?.sequence == 2)
            #expect(saved?.resumeURL == sandbox.resumeGatewayURL)
            #expect(await sandbox.gateway.identifyCount == 1)
        }
    }

    @Test func serverHeartbeatRequestIsAnsweredAtOnce() async throws {
        // Discord's 41.25 s interval: after the first (immediate, jitter 0) beat, any heartbeat is the answer.
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
            try await GatewayTestBot.run(sandbox: sandbox) { bot in
                try await bot.received("GUILD_CREATE")
                try await sandbox.gatewayEvent { $0 == .received(op: 1) }
                let cursor = await sandbox.gatewayEventCount()
                await sandbox.gateway.requestHeartbeat()
                let fault = try await sandbox.gatewayEvent(after: cursor) { $0 == .faultSent(op: 1) }
                let answer = try await sandbox.gatewayEvent(after: cursor) { $0 == .received(op: 1) }
                #expect(answer.payload?.asInt == 2)
                #expect(fault.at.duration(to: answer.at) < .seconds(20)) // at once, not at the next 41 s beat
            }
        }
    }

    @Test(arguments: ["op 7", "op 9 true", "close 4000", "tcp drop", "zombie"])
    func survivesAFaultByResumingWithNoDispatchLost(fault: String) async throws {
        try await DiscordSandbox.withFastSandbox { sandbox in
            try await GatewayTestBot.run(sandbox: sandbox) { bot in
                try await bot.received("GUILD_CREATE")
                await Self.mark(sandbox, 1)
                try await bot.received("RAIDBOT_MARK")
                switch fault {
                case "op 7": await sandbox.gateway.sendReconnect()
                case "op 9 true": await sandbox.gateway.invalidateSession(resumable: true)
                case "close 4000": await sandbox.gateway.closeConnection(code: 4000)
                case "tcp drop": await sandbox.gateway.dropConnection()
                default: await sandbox.gateway.dropHeartbeatACKs()
                }
                // Dispatched while the bot is reconnecting: must arrive through the replay.
                await Self.mark(sandbox, 2)
                try await sandbox.gatewayEvent { $0 == .disconnected }
                await sandbox.gateway.dropHeartbeatACKs(false)
                let resumed = try await sandbox.gatewayEvent { Self.isResumed($0) }
                #expect(resumed.kind != .resumeRejected)
                await Self.mark(sandbox, 3)
                try await bot.received("RAIDBOT_MARK", occurrence: 2)
                try await bot.received("RESUMED")
                await Self.expectNoDispatchLost(bot, sandbox)
                #expect(await sandbox.gateway.identifyCount == 1)
            }
        }
    }

    @Test func invalidSessionFalseStartsANewSession() async throws {
        try await DiscordSandbox.withFastSandbox { sandbox in
            let store = MemorySessionStore()
            try await GatewayTestBot.run(sandbox: sandbox, store: store) { bot in
                let first = try await bot.received("READY")
                await sandbox.gateway.invalidateSession(resumable: false)
                let second = try await bot.received("READY", occurrence: 1)
                guard case .ready(let old) = first.dispatch, case .ready(let new) = second.dispatch else {
                    Issue.record("READY did not decode")
                    return
                }
                #expect(old.sessionID != new.sessionID)
                #expect(await sandbox.gateway.identifyCount == 2)
                // New session: sequence restarted at READY = 1.
                #expect(second.sequence == 1)
                try await sandbox.gatewayEvent(occurrence: 1) { Self.isIdentified($0) }
                #expect(await store.session?.sessionID == new.sessionID)
            }
        }
    }

    @Test func badTokenStopsWithAClearMessage() async throws {
        try await DiscordSandbox.withFastSandbox { sandbox in
            let service = GatewayTestBot.service(sandbox: sandbox, store: MemorySessionStore(), token: "wrong.token")
            let error = await #expect(throws: GatewayError.self) { try await service.run() }
            #expect(error?.code == .stopped(.authenticationFailed))
            #expect(error?.description.contains("token") == true)
            #expect(error?.description.contains("wrong.token") == false)
            #expect(await sandbox.gateway.identifyCount == 0)
        }
    }

    @Test(arguments: [4010, 4011, 4012, 4013, 4014])
    func fatalCloseOnALiveSessionStopsTheService(code: Int) async throws {
        // Discord's heartbeat interval: with 200 ms beats a loaded machine could take a late ACK for a
        // zombie and reconnect, and the close below would then hit the old socket (seen once as a hang).
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
            let service = GatewayTestBot.service(sandbox: sandbox, store: MemorySessionStore())
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await service.run() }
                try await sandbox.gatewayEvent { Self.isIdentified($0) }
                await sandbox.gateway.closeConnection(code: code)
                let error = await #expect(throws: GatewayError.self) { try await tasks.next() }
                #expect(error?.code == .stopped(GatewayStopReason(closeCode: code)!))
                #expect(error?.description.contains(String(code)) == true)
            }
            // It stopped instead of reconnecting.
            #expect(await sandbox.gateway.events.filter { if case .connected = $0.kind { true } else { false } }.count == 1)
        }
    }

    @Test(arguments: [4007, 4009])
    func sessionEndingCloseStartsANewSession(code: Int) async throws {
        // Discord's own heartbeat interval: this test needs no beats, and with none there is no
        // zombie-connection resume on a loaded machine to confuse "no RESUME was attempted".
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
            try await GatewayTestBot.run(sandbox: sandbox) { bot in
                try await bot.received("GUILD_CREATE")
                await sandbox.gateway.closeConnection(code: code, forgetSession: true)
                let second = try await bot.received("READY", occurrence: 1)
                #expect(second.sequence == 1)
                #expect(await sandbox.gateway.identifyCount == 2)
                // No RESUME was attempted for a session Discord said is gone.
                #expect(await sandbox.gateway.events.filter { $0.kind == .received(op: 6) }.isEmpty)
            }
        }
    }

    @Test func restartedBotResumesItsSavedSession() async throws {
        try await DiscordSandbox.withFastSandbox { sandbox in
            let store = MemorySessionStore()
            try await GatewayTestBot.run(sandbox: sandbox, store: store) { bot in
                try await bot.received("GUILD_CREATE")
            }
            try await sandbox.gatewayEvent { $0 == .disconnected }
            // Dispatched while no bot runs.
            await Self.mark(sandbox, 1)
            try await GatewayTestBot.run(sandbox: sandbox, store: store) { bot in
                let mark = try await bot.received("RAIDBOT_MARK")
                try await bot.received("RESUMED")
                #expect(mark.sequence == 3)
                let resumed = try await sandbox.gatewayEvent { Self.isResumed($0) }
                #expect(resumed.kind == .resumed(sessionID: (await store.session?.sessionID) ?? "", replayed: 1))
                let reconnect = try await sandbox.gatewayEvent(occurrence: 1) { if case .connected = $0 { true } else { false } }
                #expect(reconnect.kind == .connected(path: "/resume", compressed: false))
            }
            #expect(await sandbox.gateway.identifyCount == 1)
        }
    }

    @Test func staleSavedSessionFallsBackToIdentify() async throws {
        try await DiscordSandbox.withFastSandbox { sandbox in
            // Saved by a run that ended long ago: the sandbox no longer knows the session.
            let store = MemorySessionStore(GatewaySession(sessionID: "expired", sequence: 40, resumeURL: sandbox.resumeGatewayURL))
            try await GatewayTestBot.run(sandbox: sandbox, store: store) { bot in
                let ready = try await bot.received("READY", within: .seconds(15))
                try await sandbox.gatewayEvent { $0 == .resumeRejected }
                #expect(ready.sequence == 1)
                #expect(await sandbox.gateway.identifyCount == 1)
                #expect(await store.session?.sessionID == (await sandbox.gateway.sessionID))
            }
        }
    }

    @Test func zlibStreamTransportCompressionWorks() async throws {
        try await DiscordSandbox.withFastSandbox { sandbox in
            try await GatewayTestBot.run(sandbox: sandbox, compress: true) { bot in
                try await bot.received("GUILD_CREATE")
                await Self.mark(sandbox, 1)
                try await bot.received("RAIDBOT_MARK")
                try await sandbox.gatewayEvent(occurrence: 1) { $0 == .received(op: 1) }
                #expect(try await sandbox.gatewayEvent { if case .connected = $0 { true } else { false } }.kind
                        == .connected(path: "/gateway", compressed: true))
            }
        }
    }

    @Test func presenceQueuedBeforeReadyIsSentOnceLive() async throws {
        try await DiscordSandbox.withFastSandbox { sandbox in
            try await GatewayTestBot.run(sandbox: sandbox) { bot in
                bot.service.updatePresence(UpdatePresence(status: "dnd"))
                try await bot.received("READY")
                let presence = try await sandbox.gatewayEvent { $0 == .received(op: 3) }
                #expect(presence.payload?["status"]?.asString == "dnd")
                let identify = try await sandbox.gatewayEvent { $0 == .received(op: 2) }
                #expect(identify.at < presence.at)
            }
        }
    }
}
