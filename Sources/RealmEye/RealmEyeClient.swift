import CivilTime
import DiscordREST
import Logging
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Looks players up on RealmEye: `GET <base>/player/<ign>` through the bot's libcurl transport,
/// with an identifying User-Agent, one request per second across the bot, and a deadline. Every
/// answer becomes a typed outcome; a refusal (403/429) is logged at warning for staff.
public final class RealmEyeClient: Sendable {
    /// RealmEye itself.
    public static let defaultBase = "https://www.realmeye.com"
    /// Says who we are (a request without one got 403 for a peer), and where to complain.
    public static let userAgent = "raidbot/1.0 (Realm of the Mad God raid Discord bot; 1 request/s)"

    private let base: String
    private let transport: CurlTransport
    private let pacer: RequestPacer
    private let deadline: Duration
    private let logger: Logger

    /// A client of `base` (no trailing slash needed) over `transport`, one request per `interval`.
    public init(base: String = RealmEyeClient.defaultBase, transport: CurlTransport, clock: any BotClock,
                deadline: Duration = .seconds(25), interval: Duration = .seconds(1), logger: Logger) {
        var trimmed = base
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.base = trimmed
        self.transport = transport
        pacer = RequestPacer(clock: clock, interval: interval)
        self.deadline = deadline
        self.logger = logger
    }

    /// The player page's URL for `ign`.
    public func profileURL(_ ign: String) -> String { "\(base)/player/\(Self.percentEncoded(ign))" }

    /// Looks `ign` up, waiting for its turn in the one-per-second queue.
    public func lookUp(_ ign: String) async throws -> RealmEyeOutcome {
        try await pacer.waitTurn()
        let outcome = await fetch(ign)
        if case .blocked(let status) = outcome {
            logger.warning("RealmEye refused the bot's request", metadata: ["status": "\(status)", "ign": "\(ign)"])
        } else if case .unavailable(let reason) = outcome {
            logger.notice("RealmEye unavailable", metadata: ["reason": "\(reason)", "ign": "\(ign)"])
        }
        return outcome
    }

    private func fetch(_ ign: String) async -> RealmEyeOutcome {
        let response: RESTResponse
        do {
            response = try await transport.perform(
                method: .get, url: profileURL(ign),
                headers: ["User-Agent: \(Self.userAgent)", "Accept: text/html,application/xhtml+xml",
                          "Accept-Language: en"],
                body: nil, timeout: deadline)
        } catch let error as RESTError {
            if case .transport(let code) = error.kind { return .unavailable(.network(curlCode: code)) }
            return .unavailable(.timeout)
        } catch {
            return .unavailable(.timeout)
        }
        return Self.outcome(status: response.status, body: response.body)
    }

    /// The outcome of an answer with `status` and `body`.
    static func outcome(status: Int, body: Data) -> RealmEyeOutcome {
        switch status {
        case 200: RealmEyePageParser.parse(body)
        case 404: .notFound
        case 403, 429: .blocked(status: status)
        default: .unavailable(.status(status))
        }
    }

    /// `text` with every byte outside RFC 3986's unreserved set percent-encoded (IGNs may hold spaces).
    static func percentEncoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            let unreserved = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            if unreserved { encoded.append(Character(Unicode.Scalar(byte))) }
            else { encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
        }
        return encoded
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
