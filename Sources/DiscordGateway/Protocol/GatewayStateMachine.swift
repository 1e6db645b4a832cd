/// The gateway protocol as a pure value type: events in, actions out, time injected as a monotonic offset.
///
/// It owns heartbeats and zombie detection, resume versus identify, close-code policy, identify pacing,
/// the send limit and reconnect backoff; it performs no I/O, so every rule is table-tested.
public struct GatewayStateMachine: Sendable {
    /// The close code for closes that must keep the session resumable (anything but 1000/1001).
    public static let resumableCloseCode = 4900
    /// How long opening the socket (TCP, TLS, upgrade) may take; WSClient itself never gives up.
    public static let connectTimeout: Duration = .seconds(30)
    /// How long to wait for HELLO after the socket opens.
    public static let helloTimeout: Duration = .seconds(20)
    /// How long a close handshake may take before the connection is dropped.
    public static let closeTimeout: Duration = .seconds(5)
    /// The wait before identifying after op 9 `false` (historical Discord guidance: 1–5 s).
    public static let invalidSessionDelay: ClosedRange<Duration> = .seconds(1) ... .seconds(5)

    /// Which handshake a connection performs after HELLO.
    enum Handshake: Sendable, Hashable {
        case identify
        case resume
    }

    /// What to do once a close we asked for completes.
    enum AfterClose: Sendable, Hashable {
        case reconnect(Handshake, minimumDelay: Duration)
        case finish
    }

    /// Where the connection is.
    enum Phase: Sendable, Hashable {
        case idle
        case fetchingGatewayInfo(Handshake)
        case connecting(Handshake)
        case awaitingHello(Handshake)
        case handshaking(Handshake)
        case live
        case closing(AfterClose)
        case waitingToFinish
        case stopped
    }

    var phase: Phase = .idle
    /// The session to resume; nil until READY or after it was invalidated.
    public internal(set) var session: GatewaySession?
    /// The last non-null sequence seen on the current session.
    public internal(set) var sequence: Int?
    /// The cached `/gateway/bot` URL.
    public internal(set) var gatewayURL: String?
    var heartbeatInterval: Duration?
    var awaitingACK = false
    var nextHeartbeatAt: Duration?
    var persistedSession: GatewaySession?
    var backoff = ReconnectBackoff()
    var identifyThrottle: IdentifyThrottle
    var sendLimiter = GatewaySendLimiter()
    let jitter: GatewayJitter

    /// Creates a machine; `identifyReserve` identifies are never spent from the daily budget.
    public init(jitter: GatewayJitter = .system, identifyReserve: Int = 5, backoffCap: Duration = .seconds(60)) {
        self.jitter = jitter
        self.identifyThrottle = IdentifyThrottle(reserve: identifyReserve)
        self.backoff.cap = backoffCap
    }

    /// True once the machine stopped or finished; the service ends its loop.
    public var isTerminated: Bool {
        phase == .stopped
    }

    /// True while a session is established (READY or RESUMED received on the current connection).
    public var isLive: Bool {
        phase == .live
    }

    /// Advances the protocol by one event at `now` (monotonic time since the service started).
    public mutating func handle(_ event: GatewayEvent, at now: Duration) -> [GatewayAction] {
        guard phase != .stopped else { return [] }
        switch event {
        case .started(let stored): return start(stored, at: now)
        case .gatewayInfo(let url, let budget): return gatewayInfoArrived(url: url, budget: budget, at: now)
        case .gatewayInfoFailed: return gatewayInfoFailed()
        case .gatewayInfoRefused(let reason): phase = .stopped; return [.stop(reason)]
        case .connected: return connected(at: now)
        case .connectFailed: return connectFailed(at: now)
        case .hello(let interval): return hello(interval: interval, at: now)
        case .heartbeatACK: awaitingACK = false; return []
        case .heartbeatRequested: return heartbeatRequested(at: now)
        case .reconnectRequested: return closeForReconnect(.resume, minimumDelay: .zero, at: now)
        case .invalidSession(let resumable): return invalidSession(resumable: resumable, at: now)
        case .ready(let id, let url, let seq): return ready(sessionID: id, resumeURL: url, sequence: seq)
        case .resumed(let seq): return resumed(sequence: seq)
        case .dispatch(let seq): return dispatch(sequence: seq)
        case .closed(let code): return closed(code: code, at: now)
        case .timerFired: return timerFired(at: now)
        case .shutdownRequested: return shutdown(at: now)
        }
    }

    /// Takes a send slot for a bot command (presence, member request), or says how long to wait.
    public mutating func acquireCommandSlot(at now: Duration) -> Duration? {
        sendLimiter.acquireCommandSlot(at: now)
    }

    // MARK: - Sequence and dispatches

    private mutating func dispatch(sequence seq: Int?) -> [GatewayAction] {
        track(seq)
        return [.deliverDispatch]
    }

    private mutating func ready(sessionID: String, resumeURL: String, sequence seq: Int) -> [GatewayAction] {
        sequence = seq
        session = GatewaySession(sessionID: sessionID, sequence: seq, resumeURL: resumeURL)
        return becameLive() + [.deliverDispatch]
    }

    private mutating func resumed(sequence seq: Int?) -> [GatewayAction] {
        track(seq)
        return becameLive() + [.deliverDispatch]
    }

    private mutating func becameLive() -> [GatewayAction] {
        // READY or RESUMED arriving after a close began (shutdown, zombie, op 7) must not undo it:
        // the socket is going away, and its close decides what comes next.
        if case .closing = phase { return persistIfChanged() }
        phase = .live
        backoff.reset()
        return persistIfChanged()
    }

    private mutating func track(_ seq: Int?) {
        guard let seq else { return }
        sequence = seq
        session?.sequence = seq
    }

    mutating func persistIfChanged() -> [GatewayAction] {
        guard session != persistedSession else { return [] }
        persistedSession = session
        return [.persist(session)]
    }

    /// Forgets the session (a new one must be identified) and says so to the store.
    mutating func dropSession() -> [GatewayAction] {
        session = nil
        sequence = nil
        return persistIfChanged()
    }
}
