import CCurl
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One HTTP exchange on a curl easy handle: its configuration, the bytes received, and the caller waiting.
///
/// `@unchecked Sendable` because it wraps a C handle: it is configured by the submitting task, then
/// handed over through the loop's locked inbox and touched only by the loop thread until it completes.
final class CurlExchange: @unchecked Sendable {
    /// Identifies the exchange for cancellation.
    let id: UInt64
    /// The curl easy handle.
    let easy: UnsafeMutableRawPointer
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var continuation: CheckedContinuation<RESTResponse, any Error>?
    private(set) var headers = HTTPHeaders()
    private(set) var body = Data()
    /// Responses larger than this are aborted (Discord's are far smaller); protects a Pi's memory.
    static let maxBodyBytes = 32 << 20

    /// Creates the easy handle for `request` on `url`, with the given extra headers and deadline.
    init(id: UInt64, method: HTTPMethod, url: String, headers: [String], body: Data?, timeout: Duration) throws {
        guard let easy = curl_easy_init() else { throw RESTError(.transport(curlCode: Int(CURLE_FAILED_INIT.rawValue))) }
        self.id = id
        self.easy = easy
        for header in headers { headerList = curl_slist_append(headerList, header) }
        try configure(method: method, url: url, body: body, timeout: timeout)
    }

    deinit {
        curl_easy_cleanup(easy)
        curl_slist_free_all(headerList)
    }

    /// Stores the continuation to resume when the exchange ends.
    func attach(_ continuation: CheckedContinuation<RESTResponse, any Error>) {
        self.continuation = continuation
    }

    /// Resumes the waiting caller exactly once.
    func finish(_ result: Result<RESTResponse, any Error>) {
        continuation?.resume(with: result)
        continuation = nil
    }

    /// The response status code libcurl read.
    var status: Int {
        var code = 0
        _ = ccurl_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    private func configure(method: HTTPMethod, url: String, body: Data?, timeout: Duration) throws {
        let opaque = Unmanaged.passUnretained(self).toOpaque()
        var codes: [CURLcode] = [
            ccurl_setopt_str(easy, CURLOPT_URL, url),
            ccurl_setopt_long(easy, CURLOPT_NOSIGNAL, 1),
            ccurl_setopt_long(easy, CURLOPT_TIMEOUT_MS, Self.milliseconds(timeout)),
            ccurl_setopt_long(easy, CURLOPT_HTTP_VERSION, ccurl_http_version_2tls()),
            ccurl_setopt_long(easy, CURLOPT_PIPEWAIT, 1),
            ccurl_setopt_long(easy, CURLOPT_TCP_KEEPALIVE, 1),
            ccurl_setopt_str(easy, CURLOPT_ACCEPT_ENCODING, ""),
            ccurl_setopt_slist(easy, CURLOPT_HTTPHEADER, headerList),
            ccurl_setopt_ptr(easy, CURLOPT_PRIVATE, opaque),
            ccurl_setopt_data_cb(easy, CURLOPT_WRITEFUNCTION, curlWriteBody),
            ccurl_setopt_ptr(easy, CURLOPT_WRITEDATA, opaque),
            ccurl_setopt_data_cb(easy, CURLOPT_HEADERFUNCTION, curlWriteHeader),
            ccurl_setopt_ptr(easy, CURLOPT_HEADERDATA, opaque),
        ]
        codes += configureMethod(method, body: body)
        if let failed = codes.first(where: { $0 != CURLE_OK }) {
            throw RESTError(.transport(curlCode: Int(failed.rawValue)), detail: "setopt")
        }
    }

    private func configureMethod(_ method: HTTPMethod, body: Data?) -> [CURLcode] {
        if method == .get && body == nil { return [ccurl_setopt_long(easy, CURLOPT_HTTPGET, 1)] }
        var codes = [ccurl_setopt_str(easy, CURLOPT_CUSTOMREQUEST, method.rawValue)]
        if let body {
            codes.append(body.withUnsafeBytes { ccurl_setopt_body(easy, $0.baseAddress, curl_off_t($0.count)) })
        } else if method != .get && method != .delete {
            codes.append(ccurl_setopt_body(easy, nil, 0))  // PUT/POST/PATCH without body: Content-Length: 0
        }
        return codes
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    /// Appends body bytes; false once the response is too large.
    fileprivate func receive(body bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= Self.maxBodyBytes else { return false }
        body.append(contentsOf: bytes)
        return true
    }

    /// Parses one header line; a new status line (redirect, 100-continue) starts a fresh header set.
    fileprivate func receive(headerLine bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self)
        if line.hasPrefix("HTTP/") {
            headers = HTTPHeaders()
        } else {
            headers.addRawLine(Substring(line))
        }
    }
}

/// libcurl write callback: the userdata is the unretained `CurlExchange`, kept alive by the loop.
private let curlWriteBody: ccurl_data_cb = { pointer, size, count, userdata in
    guard let pointer, let userdata else { return 0 }
    let exchange = Unmanaged<CurlExchange>.fromOpaque(userdata).takeUnretainedValue()
    let length = size * count
    return exchange.receive(body: UnsafeRawBufferPointer(start: pointer, count: length)) ? length : 0
}

/// libcurl header callback: one call per header line.
private let curlWriteHeader: ccurl_data_cb = { pointer, size, count, userdata in
    guard let pointer, let userdata else { return 0 }
    let exchange = Unmanaged<CurlExchange>.fromOpaque(userdata).takeUnretainedValue()
    let length = size * count
    exchange.receive(headerLine: UnsafeRawBufferPointer(start: pointer, count: length))
    return length
}
