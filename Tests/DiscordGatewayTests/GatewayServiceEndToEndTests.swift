import DiscordModels
import DiscordSandbox
import Testing
@testable import DiscordGateway

/// The service against the local Discord stand-in: real sockets on loopback, faults injected by the sandbox,
/// and the bot on a manual clock (Discord's 41.25 s heartbeat interval costs nothing: a test advances time
/// once the bot's step log shows it is waiting, so a loaded machine cannot turn a late ACK into a zombie).
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
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
            let store = MemorySessionStore()
            try await GatewayTestBot.run(sandbox: sandbox, store: store) { bot in
                let ready = try await bot.received("READY")
                try await bot.received("GUILD_CREATE")
                // Beat 1 at HELLO (jitter 0); each later beat one interval after the previous was ACKed.
                try await bot.handled(.heartbeatACK)
                bot.advanceOneHeartbeat()
                try await bot.handled(.heartbeatACK, occurrence: 1)
                // The third beat's ACK comes 80 ms of virtual time late, so the round trip is known exactly.
                await sandbox.gateway.dropHeartbeatACKs()
                bot.advanceOneHeartbeat()
                // Three heartbeats carrying the last sequence (READY 1, GUILD_CREATE 2).
                let beat = try await sandbox.gatewayEvent(occurrence: 2) { $0 == .received(op: 1) }
                #expect(beat.payload?.asInt == 2)
                #expect(ready.sequence == 1)
                bot.advance(by: .milliseconds(80))
                await sandbox.gateway.sendHeartbeatACK()
                try await bot.handled(.heartbeatACK, occurrence: 2)
                let latency = try #require(bot.service.heartbeatLatency)
                #expect(latency > .zero && latency < .seconds(20)) // a measured round trip
                #expect(latency == .milliseconds(80))
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
        // On the manual clock no scheduled beat follows the first (immediate, jitter 0): any heartbeat is the answer.
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
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
            try await GatewayTestBot.run(sandbox: sandbox) { bot in
                try await bot.received("GUILD_CREATE")
                await Self.mark(sandbox, 1)
                try await bot.received("RAIDBOT_MARK")
                switch fault {
                case "op 7": await sandbox.gateway.sendReconnect()
                case "op 9 true": await sandbox.gateway.invalidateSession(resumable: true)
                case "close 4000": await sandbox.gateway.closeConnection(code: 4000)
                case "tcp drop": await sandbox.gateway.dropConnection()
                default:
                    // The first beat was answered; the next goes unanswered, and the one after finds no ACK.
                    try await bot.handled(.heartbeatACK)
                    await sandbox.gateway.dropHeartbeatACKs()
                    let cursor = await sandbox.gatewayEventCount()
                    bot.advanceOneHeartbeat()
                    try await sandbox.gatewayEvent(after: cursor) { $0 == .received(op: 1) }
                    bot.advanceOneHeartbeat()
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
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
            let store = MemorySessionStore()
            try await GatewayTestBot.run(sandbox: sandbox, store: store) { bot in
                let first = try await bot.received("READY")
                await sandbox.gateway.invalidateSession(resumable: false)
                // Discord's 1–5 s before identifying again (jitter 0: 1 s), then the rest of the 5 s identify spacing.
                #expect(try await bot.advanceThroughReconnectWait() == .seconds(1))
                #expect(try await bot.advanceThroughReconnectWait(occurrence: 1) == .seconds(4))
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
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
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
        // On the manual clock no beat follows the first, so no late ACK can be taken for a zombie and
        // reconnect before the close below (on real 200 ms beats that hit the old socket, seen once as a hang).
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
        // On the manual clock no beat follows the first, so no zombie-connection resume on a loaded
        // machine can confuse "no RESUME was attempted".
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
            try await GatewayTestBot.run(sandbox: sandbox) { bot in
                try await bot.received("GUILD_CREATE")
                await sandbox.gateway.closeConnection(code: code, forgetSession: true)
                // A new session at once, but identifies stay 5 s apart.
                #expect(try await bot.advanceThroughReconnectWait() == .seconds(5))
                let second = try await bot.received("READY", occurrence: 1)
                #expect(second.sequence == 1)
                #expect(await sandbox.gateway.identifyCount == 2)
                // No RESUME was attempted for a session Discord said is gone.
                #expect(await sandbox.gateway.events.filter { $0.kind == .received(op: 6) }.isEmpty)
            }
        }
    }

    @Test func restartedBotResumesItsSavedSession() async throws {
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
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
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
            // Saved by a run that ended long ago: the sandbox no longer knows the session.
            let store = MemorySessionStore(GatewaySession(sessionID: "expired", sequence: 40, resumeURL: sandbox.resumeGatewayURL))
            try await GatewayTestBot.run(sandbox: sandbox, store: store) { bot in
                // RESUME refused with op 9 false: 1 s (jitter 0) before identifying; no identify yet to space from.
                #expect(try await bot.advanceThroughReconnectWait() == .seconds(1))
                let ready = try await bot.received("READY", within: .seconds(15))
                try await sandbox.gatewayEvent { $0 == .resumeRejected }
                #expect(ready.sequence == 1)
                #expect(await sandbox.gateway.identifyCount == 1)
                #expect(await store.session?.sessionID == (await sandbox.gateway.sessionID))
            }
        }
    }

    @Test func zlibStreamTransportCompressionWorks() async throws {
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
            try await GatewayTestBot.run(sandbox: sandbox, compress: true) { bot in
                try await bot.received("GUILD_CREATE")
                await Self.mark(sandbox, 1)
                try await bot.received("RAIDBOT_MARK")
                // The first ACK came through the inflater; the second beat follows one interval later.
                try await bot.handled(.heartbeatACK)
                bot.advanceOneHeartbeat()
                try await sandbox.gatewayEvent(occurrence: 1) { $0 == .received(op: 1) }
                #expect(try await sandbox.gatewayEvent { if case .connected = $0 { true } else { false } }.kind
                        == .connected(path: "/gateway", compressed: true))
            }
        }
    }

    @Test func presenceQueuedBeforeReadyIsSentOnceLive() async throws {
        try await DiscordSandbox.withSandbox(SandboxConfiguration()) { sandbox in
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
