import DiscordModels
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How the pipeline writes Discord's headers and error bodies.
extension RESTPipeline {
    static let jsonHeader: [(name: String, value: String)] = [("Content-Type", "application/json")]

    static func render(_ failure: DiscordFailure, headers: [(name: String, value: String)]) -> HTTPExchange.Response {
        HTTPExchange.Response(status: failure.status, headers: headers + jsonHeader, body: WireJSON.bytes(failure.body))
    }

    static func headers(for window: RateLimitBook.Window) -> [(name: String, value: String)] {
        [
            ("X-RateLimit-Limit", String(window.limit)),
            ("X-RateLimit-Remaining", String(window.remaining)),
            ("X-RateLimit-Reset-After", decimal(window.resetAfter)),
            ("X-RateLimit-Reset", decimal(wallClockSeconds() + window.resetAfter)),
            ("X-RateLimit-Bucket", window.bucket),
        ]
    }

    /// A 429 as Discord sends it: body with `retry_after`/`global`, `Retry-After`, scope and global headers.
    static func rateLimited(retryAfter: Double, global: Bool, scope: String,
                            limitHeaders: [(name: String, value: String)]) -> HTTPExchange.Response {
        var headers = limitHeaders.filter { $0.name != "X-RateLimit-Remaining" }
        headers.append(("X-RateLimit-Remaining", "0"))
        headers.append(("Retry-After", String(Int(retryAfter.rounded(.up)))))
        headers.append(("X-RateLimit-Scope", scope))
        if global { headers.append(("X-RateLimit-Global", "true")) }
        let body: JSONValue = .object([
            "message": .string("You are being rate limited."), "retry_after": .number(retryAfter), "global": .bool(global),
        ])
        return HTTPExchange.Response(status: 429, headers: headers + jsonHeader, body: WireJSON.bytes(body))
    }

    /// Seconds with three decimals, written by hand (no String(format:)).
    static func decimal(_ value: Double) -> String {
        let millis = Int((value * 1000).rounded())
        let fraction = String(millis % 1000)
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    static func query(_ raw: String?) -> [String: String] {
        var result: [String: String] = [:]
        for pair in (raw ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            result[percentDecoded(String(parts[0]))] = parts.count > 1 ? percentDecoded(String(parts[1])) : ""
        }
        return result
    }

    /// Decodes `%XX` escapes (the audit-log reason header is URL-encoded).
    static func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
               let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Unix time in seconds for `X-RateLimit-Reset` (the only wall-clock value the sandbox sends).
    static func wallClockSeconds() -> Double { Date().timeIntervalSince1970 }
}
