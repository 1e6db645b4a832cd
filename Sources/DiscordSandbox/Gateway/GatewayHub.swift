import DiscordModels

/// The sandbox's gateway: sockets, sessions and sequence numbers, IDENTIFY/RESUME handling,
/// dispatch fan-out and scripted faults. Sockets only move frames; every decision is made here.
public actor GatewayHub {
    /// Everything that happened on the gateway, oldest first.
    public nonisolated let events: AwaitableLog<GatewayEventRecord>
    /// How many IDENTIFYs succeeded (Discord allows 1000 a day).
    public internal(set) var identifyCount = 0
    /// Whether heartbeats go unanswered (to provoke zombie detection).
    public private(set) var dropsHeartbeatACKs = false

    var links: [Int: GatewayLink] = [:]
    var sessions: [String: GatewaySession] = [:]
    var currentSessionID: String?
    private var nextLinkID = 0
    let configuration: SandboxConfiguration
    let guild: SandboxGuild
    var resumeURL = "ws://127.0.0.1/resume"
    var gatewayURL = "ws://127.0.0.1/gateway"
    let clock = ContinuousClock()

    init(configuration: SandboxConfiguration, guild: SandboxGuild) {
        self.configuration = configuration
        self.guild = guild
        self.events = AwaitableLog(defaultTimeout: configuration.waitTimeout)
    }

    /// Where `GET /gateway/bot` and READY point the bot (set once the port is known).
    func setURLs(gateway: String, resume: String) {
        gatewayURL = gateway
        resumeURL = resume
    }

    /// The session id of the latest identified session, if any.
    public var sessionID: String? { currentSessionID }

    /// Whether the current session asked for `intent` (a bit of IDENTIFY's intents).
    public func receives(intent: UInt64) -> Bool {
        currentSessionID.flatMap { sessions[$0] }.map { $0.receives(intent: intent) } ?? false
    }

    /// The last sequence number sent on the current session.
    public var sequence: Int { currentSessionID.flatMap { sessions[$0]?.sequence } ?? 0 }

    /// Whether a socket is attached to the current session (the bot is online).
    public var isConnected: Bool {
        currentSessionID.flatMap { sessions[$0]?.connection } != nil
    }

    // MARK: Sockets

    /// Registers a new socket and queues HELLO; the returned stream feeds its writer.
    func open(path: String, compressed: Bool) async -> (Int, AsyncStream<GatewayOutbound>) {
        nextLinkID += 1
        let (stream, continuation) = AsyncStream.makeStream(of: GatewayOutbound.self)
        links[nextLinkID] = GatewayLink(outbox: continuation, compressed: compressed)
        let interval = Int(configuration.heartbeatInterval.seconds * 1000)
        send(op: 10, data: .object(["heartbeat_interval": .int(interval)]), to: nextLinkID)
        await record(nextLinkID, .connected(path: path, compressed: compressed))
        return (nextLinkID, stream)
    }

    /// Forgets a socket that ended; its session stays resumable.
    func closed(_ link: Int) async {
        guard let removed = links.removeValue(forKey: link) else { return }
        removed.outbox.finish()
        if let sessionID = removed.sessionID, sessions[sessionID]?.connection == link {
            sessions[sessionID]?.connection = nil
        }
        await record(link, .disconnected)
    }

    /// Handles one text frame from the client.
    func receive(_ text: String, from link: Int) async {
        guard text.utf8.count <= configuration.maxClientFrameBytes else {
            return await close(link, code: 4002, reason: "Payload too large")
        }
        guard let frame = WireJSON.value(Array(text.utf8)), let op = frame["op"]?.asInt else {
            return await close(link, code: 4002, reason: "Error while decoding payload")
        }
        let data = frame["d"]
        await record(link, .received(op: op), payload: Self.redactingToken(data))
        guard admitSend(on: link) else { return await close(link, code: 4008, reason: "Rate limited.") }
        switch op {
        case 1: answerHeartbeat(on: link)
        case 2: await identify(data, on: link)
        case 6: await resume(data, on: link)
        case 3, 4, 8, 31, 43:
            if links[link]?.sessionID == nil { await close(link, code: 4003, reason: "Not authenticated.") }
        default: await close(link, code: 4001, reason: "Unknown opcode.")
        }
    }

    /// IDENTIFY and RESUME carry the bot token; recordings never keep it.
    static func redactingToken(_ data: JSONValue?) -> JSONValue? {
        guard var object = data?.asObject, object["token"] != nil else { return data }
        object["token"] = .string("[redacted]")
        return .object(object)
    }

    /// Counts a client frame against Discord's 120 per 60 s send limit.
    private func admitSend(on link: Int) -> Bool {
        let now = clock.now
        let windowStart = now - configuration.gatewaySendWindow
        links[link]?.recentSends.removeAll { $0 < windowStart }
        links[link]?.recentSends.append(now)
        return (links[link]?.recentSends.count ?? 0) <= configuration.gatewaySendLimit
    }

    private func answerHeartbeat(on link: Int) {
        guard !dropsHeartbeatACKs else { return }
        links[link]?.outbox.yield(.frame(#"{"op":11,"d":null,"s":null,"t":null}"#))
    }

    // MARK: Dispatch

    /// Sends a dispatch on the current session (kept for replay even while the bot is offline);
    /// returns its sequence number, or nil without a session or when the intents exclude it.
    @discardableResult
    public func dispatch(_ event: String, data: JSONValue, intent: UInt64? = nil) -> Int? {
        guard let sessionID = currentSessionID, var session = sessions[sessionID], session.receives(intent: intent) else {
            return nil
        }
        session.sequence += 1
        let frame = WireJSON.text(.object([
            "op": .int(0), "t": .string(event), "s": .int(session.sequence), "d": data,
        ]))
        session.sent.append((session.sequence, frame))
        if session.sent.count > configuration.replayLimit { session.sent.removeFirst(session.sent.count - configuration.replayLimit) }
        sessions[sessionID] = session
        if let link = session.connection { links[link]?.outbox.yield(.frame(frame)) }
        return session.sequence
    }

    func send(op: Int, data: JSONValue, to link: Int) {
        let frame = WireJSON.text(.object(["op": .int(op), "d": data, "s": .null, "t": .null]))
        links[link]?.outbox.yield(.frame(frame))
    }

    func close(_ link: Int, code: Int, reason: String) async {
        guard let target = links[link] else { return }
        target.outbox.yield(.close(code: code, reason: reason))
        await record(link, .closedByServer(code: code))
    }

    func record(_ link: Int, _ kind: GatewayEventRecord.Kind, payload: JSONValue? = nil) async {
        await events.append(GatewayEventRecord(connection: link, kind: kind, payload: payload, at: clock.now))
    }

    // MARK: Faults

    /// Stops (or resumes) answering heartbeats with op 11.
    public func dropHeartbeatACKs(_ drop: Bool = true) { dropsHeartbeatACKs = drop }

    /// Sends op 7 Reconnect on the current session's socket.
    public func sendReconnect() async { await sendFault(op: 7, data: .null) }

    /// Sends op 1, asking the bot to heartbeat immediately.
    public func requestHeartbeat() async { await sendFault(op: 1, data: .null) }

    /// Sends op 11 unprompted: with `dropHeartbeatACKs`, a late ACK, so a test on a manual clock can
    /// put virtual time between a heartbeat and its acknowledgement.
    public func sendHeartbeatACK() async { await sendFault(op: 11, data: .null) }

    /// Sends op 9; with `resumable: false` the session is also forgotten, so RESUME fails.
    public func invalidateSession(resumable: Bool) async {
        await sendFault(op: 9, data: .bool(resumable))
        if !resumable, let sessionID = currentSessionID {
            sessions[sessionID] = nil
            currentSessionID = nil
        }
    }

    /// Closes the current session's socket with `code`; `forgetSession` makes a later RESUME fail.
    public func closeConnection(code: Int, reason: String = "", forgetSession: Bool = false) async {
        guard let sessionID = currentSessionID, let link = sessions[sessionID]?.connection else { return }
        await close(link, code: code, reason: reason)
        if forgetSession {
            sessions[sessionID] = nil
            currentSessionID = nil
        }
    }

    /// Drops the current session's socket without a close frame, like a TCP reset (clients see 1006).
    public func dropConnection() async {
        guard let sessionID = currentSessionID, let link = sessions[sessionID]?.connection else { return }
        links[link]?.outbox.yield(.drop)
        await record(link, .droppedByServer)
    }

    /// Closes every socket (used when the sandbox stops).
    func closeAll(code: Int) async {
        for link in links.keys { await close(link, code: code, reason: "sandbox stopping") }
    }

    private func sendFault(op: Int, data: JSONValue) async {
        guard let sessionID = currentSessionID, let link = sessions[sessionID]?.connection else { return }
        send(op: op, data: data, to: link)
        await record(link, .faultSent(op: op))
    }
}

/// One open gateway socket as the hub sees it.
struct GatewayLink: Sendable {
    let outbox: AsyncStream<GatewayOutbound>.Continuation
    let compressed: Bool
    var sessionID: String?
    var recentSends: [ContinuousClock.Instant] = []
}
