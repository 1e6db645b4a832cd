import CCurl
import Synchronization
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// HTTP over libcurl: one curl multi handle on its own thread, connections reused (HTTP/2 multiplexed
/// where the server offers it), no signals, a deadline on every exchange.
public final class CurlTransport: Sendable {
    private let loop = CurlMultiLoop()
    private let nextID = Atomic<UInt64>(1)

    /// Starts the transport's thread.
    public init() {}

    deinit { loop.stop() }

    /// Performs one exchange; throws `RESTError` `.timeout` past `timeout`, `.transport` on curl failures,
    /// and `CancellationError` if the calling task is cancelled.
    public func perform(method: HTTPMethod, url: String, headers: [String], body: Data?,
                        timeout: Duration) async throws -> RESTResponse {
        try Task.checkCancellation()
        let id = nextID.add(1, ordering: .relaxed).oldValue
        let exchange = try CurlExchange(id: id, method: method, url: url, headers: headers, body: body,
                                        timeout: timeout)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                exchange.attach(continuation)
                loop.submit(exchange)
            }
        } onCancel: {
            loop.cancel(id)
        }
    }

    /// Stops the thread; pending and later exchanges fail with `.shutdown`.
    public func shutdown() { loop.stop() }

    /// The linked libcurl, e.g. "libcurl/7.88.1 OpenSSL/3.0.19 … nghttp2/1.52.0", for the start-up log.
    public static var libcurlVersion: String { String(cString: curl_version()) }

    /// Whether the linked libcurl can speak HTTP/2 (Discord then multiplexes every request on one connection).
    public static var supportsHTTP2: Bool { ccurl_feature_http2() != 0 }
}
