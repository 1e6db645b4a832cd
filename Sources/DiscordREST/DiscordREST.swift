import CivilTime
import Logging
import DiscordModels
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The bot's REST client: rate-limited per Discord's buckets, retried within caps, over libcurl.
/// Interaction callbacks and follow-ups take a fast path with their own transport that never waits
/// behind other requests.
public final class DiscordREST: Sendable {
    /// Where and as whom the client talks.
    public let configuration: RESTConfiguration
    let gate: RateLimitGate
    let clock: any BotClock
    let logger: Logger
    private let transport = CurlTransport()
    private let fastTransport = CurlTransport()
    private let waits = RateLimitWaitLedger()

    /// Creates a client; `clock` drives rate-limit waits (inject a test clock to control time).
    public init(configuration: RESTConfiguration, clock: any BotClock = SystemBotClock(),
                logger: Logger = Logger(label: "raidbot.rest")) {
        self.configuration = configuration
        self.clock = clock
        self.logger = logger
        gate = RateLimitGate(policy: configuration.policy, clock: clock)
    }

    /// How long an interaction callback can still be useful.
    static let callbackWindow: Duration = .seconds(3)

    /// Stops both transports; later calls fail with `.shutdown`.
    public func shutdown() {
        transport.shutdown()
        fastTransport.shutdown()
    }

    /// Sends a request through rate limiting and retries; returns the 2xx response, throws `RESTError` otherwise.
    public func send(_ request: RESTRequest) async throws -> RESTResponse {
        let route = RateLimitRoute(method: request.method, path: request.path)
        var attempt = 0
        while true {
            try await waitForAdmission(route)
            let (result, verdict) = try await attemptOnce(request, route: route, attempt: attempt)
            switch verdict {
            case .deliver:
                return try Self.successful(try result.get(), route: route)
            case .retry(let notBefore) where route.isInteractionCallback && notBefore - clock.now() > Self.callbackWindow:
                // Discord forgets the interaction after 3 s: waiting out a longer retry_after cannot help.
                return try Self.successful(try result.get(), route: route)
            case .retry(let notBefore):
                log(retryAfter: try? result.get().status, route: route, attempt: attempt)
                attempt += 1
                try await clock.sleep(until: notBefore)
            case .fail(let kind):
                if case .failure(let error) = result, error.kind == kind { throw error }
                throw failure(kind, route: route)
            }
        }
    }

    /// One exchange and what the limiter makes of it; cancellation releases the slot and propagates.
    private func attemptOnce(_ request: RESTRequest, route: RateLimitRoute,
                             attempt: Int) async throws -> (Result<RESTResponse, RESTError>, RateLimiter.Verdict) {
        do {
            let response = try await exchange(request, route: route)
            let verdict = await gate.record(RateLimitObservation(response), for: route,
                                            idempotent: request.isIdempotent, attempt: attempt)
            return (.success(response), verdict)
        } catch let error as RESTError {
            let verdict = await gate.abandon(route, idempotent: request.isIdempotent, attempt: attempt,
                                              failure: error.kind)
            return (.failure(error), verdict)
        } catch {
            await gate.release(route)
            throw error
        }
    }

    /// Rate-limit waits so far (count and total time).
    public var rateLimitWaits: RateLimitWaitStatistics { waits.snapshot }

    /// Invalid (401/403/429) responses in the last 10 minutes: worth a metric, the breaker opens at the policy's limit.
    public func invalidRequestCount() async -> Int {
        await gate.invalidRequestCount()
    }

    private func waitForAdmission(_ route: RateLimitRoute) async throws {
        while true {
            switch await gate.admit(route) {
            case .proceed: return
            case .wait(let until):
                waits.record(until - clock.now())
                try await clock.sleep(until: until)
            case .reject(let kind): throw RESTError(kind, route: route.template)
            }
        }
    }

    private func exchange(_ request: RESTRequest, route: RateLimitRoute) async throws -> RESTResponse {
        do {
            return try await (route.isFastPath ? fastTransport : transport).perform(
                method: request.method, url: configuration.apiBase + request.pathAndQuery,
                headers: headers(for: request, route: route), body: request.body,
                timeout: configuration.requestTimeout)
        } catch var error as RESTError {
            error.route = route.template
            throw error
        }
    }

    private func failure(_ kind: RESTError.Kind, route: RateLimitRoute) -> RESTError {
        switch kind {
        case .unauthorized:
            logger.critical("Discord rejected the bot token (401): stop the bot and check DISCORD_TOKEN",
                            metadata: ["route": "\(route.template)"])
        case .circuitOpen:
            logger.error("Too many 401/403/429 responses in 10 minutes: refusing requests to avoid Discord's IP ban",
                         metadata: ["route": "\(route.template)"])
        default:
            break
        }
        return RESTError(kind, route: route.template)
    }

    private func headers(for request: RESTRequest, route: RateLimitRoute) -> [String] {
        var headers = ["User-Agent: " + configuration.userAgent, "Accept: application/json", "Expect:"]
        if !route.isFastPath { headers.append("Authorization: Bot " + configuration.token) }
        if request.body != nil { headers.append("Content-Type: application/json") }
        if let reason = request.encodedAuditLogReason { headers.append("X-Audit-Log-Reason: " + reason) }
        return headers
    }

    private static func successful(_ response: RESTResponse, route: RateLimitRoute) throws -> RESTResponse {
        guard !response.isSuccess else { return response }
        let body = try? JSONDecoder().decode(DiscordErrorBody.self, from: response.body)
        throw RESTError(.http(status: response.status, body: body), route: route.template,
                        detail: body?.message ?? "")
    }

    private func log(retryAfter status: Int?, route: RateLimitRoute, attempt: Int) {
        let level: Logger.Level = status == 429 ? .warning : .notice
        logger.log(level: level, "Retrying a Discord request", metadata: [
            "route": "\(route.template)", "status": "\(status.map(String.init) ?? "no response")",
            "attempt": "\(attempt + 1)",
        ])
    }
}
