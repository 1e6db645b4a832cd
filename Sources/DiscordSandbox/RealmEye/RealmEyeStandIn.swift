import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A local RealmEye for tests and `raidbot sandbox`: serves `GET /player/<ign>` from an in-memory
/// table on 127.0.0.1, so verification runs offline end to end. Names it does not hold get
/// RealmEye's not-found page. Sandbox code only: the production binary never serves it.
public final class RealmEyeStandIn: Sendable {
    /// What the stand-in answers for one name.
    public enum Answer: Sendable {
        /// 200 with this page.
        case page(String)
        /// This status with an empty body (403, 429, 500 …).
        case status(Int)
        /// The answer, after this much wall time (to prove the client's deadline).
        indirect case delayed(Duration, Answer)
    }

    /// One request the stand-in received.
    public struct Request: Sendable, Hashable {
        /// The name asked for, percent-decoded.
        public let ign: String
        /// The User-Agent header sent.
        public let userAgent: String?
    }

    /// The bound port.
    public let port: Int
    /// The base URL to configure the bot with (`RAIDBOT_REALMEYE_BASE`).
    public var base: String { "http://127.0.0.1:\(port)" }

    private let table: RealmEyeTable
    private let server: Task<Void, any Error>

    private init(port: Int, table: RealmEyeTable, server: Task<Void, any Error>) {
        self.port = port
        self.table = table
        self.server = server
    }

    /// Starts the stand-in on 127.0.0.1 (`port` 0: an ephemeral one); call `stop()` when done.
    public static func start(port: Int = 0, logger: Logger = Logger(label: "realmeye-stand-in") { _ in SwiftLogNoOpLogHandler() })
        async throws -> RealmEyeStandIn {
        let table = RealmEyeTable()
        let (ports, sink) = AsyncStream.makeStream(of: Int.self)
        let router = Router()
        router.get("/player/:ign") { request, context in
            try await respond(context.parameters.require("ign"), userAgent: request.headers[.userAgent], table: table)
        }
        let application = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { channel in sink.yield(channel.localAddress?.port ?? 0); sink.finish() }, logger: logger)
        let server = Task {
            defer { sink.finish() }
            try await application.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let bound = await iterator.next(), bound > 0 else {
            server.cancel()
            throw SandboxError(.startFailed, "could not bind the RealmEye stand-in on 127.0.0.1")
        }
        return RealmEyeStandIn(port: bound, table: table, server: server)
    }

    /// Shuts the server down.
    public func stop() async {
        server.cancel()
        _ = await server.result
    }

    /// Sets what `ign` (case-insensitive, as RealmEye) answers.
    public func set(_ ign: String, _ answer: Answer) { table.set(ign, answer) }

    /// Serves a profile page for `profile.name`.
    public func set(_ profile: RealmEyeStandInProfile) { table.set(profile) }

    /// The profile `ign` shows (case-insensitive), if one was set as a profile.
    public func profile(_ ign: String) -> RealmEyeStandInProfile? { table.profile(ign) }

    /// Changes the profile `ign` shows (a name without one starts from the defaults, as a new
    /// player) and serves it; returns it. How `raidbot sandbox` edits a player's page.
    @discardableResult
    public func update(_ ign: String, _ change: (inout RealmEyeStandInProfile) -> Void) -> RealmEyeStandInProfile {
        var profile = table.profile(ign) ?? RealmEyeStandInProfile(name: ign)
        change(&profile)
        table.set(profile)
        return profile
    }

    /// Every request so far, in arrival order.
    public var requests: [Request] { table.requests }

    private static func respond(_ rawIGN: String, userAgent: String?, table: RealmEyeTable) async throws -> Response {
        let ign = rawIGN.removingPercentEncoding ?? rawIGN
        return try await render(table.answer(for: ign, userAgent: userAgent), ign: ign)
    }

    private static func render(_ answer: Answer?, ign: String) async throws -> Response {
        switch answer {
        case nil: return html(RealmEyeStandInProfile.notFoundPage(ign))
        case .page(let page): return html(page)
        case .status(let status): return Response(status: .init(code: status))
        case .delayed(let delay, let inner):
            try await Task.sleep(for: delay)
            return try await render(inner, ign: ign)
        }
    }

    private static func html(_ page: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }
}

/// The stand-in's names and its request record, shared with the server's handlers.
private final class RealmEyeTable: Sendable {
    private struct State {
        var answers: [String: RealmEyeStandIn.Answer] = [:]
        /// The profiles behind `.page` answers set as profiles (what `update` edits).
        var profiles: [String: RealmEyeStandInProfile] = [:]
        var requests: [RealmEyeStandIn.Request] = []
    }

    private let state = Mutex(State())

    func set(_ ign: String, _ answer: RealmEyeStandIn.Answer) {
        state.withLock {
            $0.answers[ign.lowercased()] = answer
            $0.profiles[ign.lowercased()] = nil
        }
    }

    func set(_ profile: RealmEyeStandInProfile) {
        state.withLock {
            $0.answers[profile.name.lowercased()] = .page(profile.html)
            $0.profiles[profile.name.lowercased()] = profile
        }
    }

    func profile(_ ign: String) -> RealmEyeStandInProfile? { state.withLock { $0.profiles[ign.lowercased()] } }

    /// Records the request and returns what `ign` answers.
    func answer(for ign: String, userAgent: String?) -> RealmEyeStandIn.Answer? {
        state.withLock { state in
            state.requests.append(.init(ign: ign, userAgent: userAgent))
            return state.answers[ign.lowercased()]
        }
    }

    var requests: [RealmEyeStandIn.Request] { state.withLock { $0.requests } }
}

private extension String {
    /// The text with `%XX` escapes decoded (names arrive percent-encoded in the path).
    var removingPercentEncoding: String? {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == 0x25 else { bytes.append(byte); continue }
            guard let high = iterator.next(), let low = iterator.next(),
                  let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(value)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
