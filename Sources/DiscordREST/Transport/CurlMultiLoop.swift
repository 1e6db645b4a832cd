import CCurl
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A curl multi handle driven by its own thread, off the cooperative pool: exchanges are submitted
/// through a locked inbox and `curl_multi_wakeup`, and completions resume their callers' continuations.
///
/// `@unchecked Sendable` because it wraps the C multi handle: `multi` and `active` are touched only by
/// the loop thread; other threads reach it only through `inbox` (a Mutex) and `curl_multi_wakeup`,
/// which libcurl documents as callable from any thread.
final class CurlMultiLoop: @unchecked Sendable {
    private struct Inbox {
        var added: [CurlExchange] = []
        var cancelled: [UInt64] = []
        var stopping = false
        var stopped = false
    }

    private let multi: UnsafeMutableRawPointer
    private let inbox = Mutex(Inbox())
    private var active: [UInt64: CurlExchange] = [:]

    /// Creates the multi handle and starts its thread.
    init() {
        CurlGlobal.initialize()
        multi = curl_multi_init()
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
        // Keep enough idle connections for a burst over HTTP/1.1 (the sandbox); HTTP/2 needs one.
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, 256)
        startThread()
    }

    /// Hands an exchange to the loop; it fails at once with `.shutdown` if the loop has stopped.
    func submit(_ exchange: CurlExchange) {
        let accepted = inbox.withLock { inbox -> Bool in
            guard !inbox.stopping else { return false }
            inbox.added.append(exchange)
            curl_multi_wakeup(multi)
            return true
        }
        if !accepted { exchange.finish(.failure(RESTError(.shutdown))) }
    }

    /// Aborts an exchange: its caller gets `CancellationError`.
    func cancel(_ id: UInt64) {
        inbox.withLock { inbox in
            guard !inbox.stopped else { return }
            inbox.cancelled.append(id)
            curl_multi_wakeup(multi)
        }
    }

    /// Asks the thread to fail what is pending and exit; returns at once.
    func stop() {
        inbox.withLock { inbox in
            guard !inbox.stopped else { return }
            inbox.stopping = true
            curl_multi_wakeup(multi)
        }
    }

    private func startThread() {
        let context = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let rc = pthread_create(&thread, nil, { context in
            let loop = Unmanaged<CurlMultiLoop>.fromOpaque(context!).takeRetainedValue()
            loop.run()
            return nil
        }, context)
        precondition(rc == 0, "cannot start the libcurl thread (\(rc))")
        pthread_detach(thread)
    }

    private func run() {
        while true {
            let (added, cancelled, stopping) = inbox.withLock { inbox in
                defer { inbox.added = []; inbox.cancelled = [] }
                return (inbox.added, inbox.cancelled, inbox.stopping)
            }
            if stopping { return shutDown(pending: added) }
            for exchange in added { start(exchange) }
            for id in cancelled { finish(id, .failure(CancellationError())) }
            var running: Int32 = 0
            _ = curl_multi_perform(multi, &running)
            drainCompleted()
            var ready: Int32 = 0
            _ = curl_multi_poll(multi, nil, 0, 1_000, &ready)
        }
    }

    private func start(_ exchange: CurlExchange) {
        let code = curl_multi_add_handle(multi, exchange.easy)
        guard code == CURLM_OK else {
            return exchange.finish(.failure(RESTError(.transport(curlCode: Int(code.rawValue)), detail: "multi_add")))
        }
        active[exchange.id] = exchange
    }

    private func drainCompleted() {
        var queued: Int32 = 0
        while let message = curl_multi_info_read(multi, &queued) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            var pointer: UnsafeMutableRawPointer?
            _ = ccurl_getinfo_ptr(easy, CURLINFO_PRIVATE, &pointer)
            guard let pointer else { continue }
            let exchange = Unmanaged<CurlExchange>.fromOpaque(pointer).takeUnretainedValue()
            finish(exchange.id, Self.outcome(of: exchange, code: ccurl_msg_result(message)))
        }
    }

    private static func outcome(of exchange: CurlExchange, code: CURLcode) -> Result<RESTResponse, any Error> {
        switch code {
        case CURLE_OK:
            return .success(RESTResponse(status: exchange.status, headers: exchange.headers, body: exchange.body))
        case CURLE_OPERATION_TIMEDOUT:
            return .failure(RESTError(.timeout, detail: "no complete response before the deadline"))
        default:
            let message = String(cString: curl_easy_strerror(code))
            return .failure(RESTError(.transport(curlCode: Int(code.rawValue)), detail: message))
        }
    }

    private func finish(_ id: UInt64, _ result: Result<RESTResponse, any Error>) {
        guard let exchange = active.removeValue(forKey: id) else { return }
        curl_multi_remove_handle(multi, exchange.easy)
        exchange.finish(result)
    }

    private func shutDown(pending: [CurlExchange]) {
        for exchange in pending { exchange.finish(.failure(RESTError(.shutdown))) }
        for id in Array(active.keys) { finish(id, .failure(RESTError(.shutdown))) }
        // Cleanup happens under the lock so no other thread can be inside curl_multi_wakeup meanwhile.
        let late = inbox.withLock { inbox in
            defer { inbox.added = []; inbox.stopped = true }
            curl_multi_cleanup(multi)
            return inbox.added
        }
        for exchange in late { exchange.finish(.failure(RESTError(.shutdown))) }
    }
}

/// `curl_global_init` must run once before any other libcurl call, and is not thread-safe in 7.88.
enum CurlGlobal {
    private static let done: Bool = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK }()

    /// Runs `curl_global_init` the first time only (Swift's lazy statics are initialised exactly once).
    static func initialize() { _ = done }
}
