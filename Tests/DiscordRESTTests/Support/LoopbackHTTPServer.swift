import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import DiscordREST

/// A scripted HTTP/1.1 server on 127.0.0.1 (ephemeral port) for transport tests: each request is
/// recorded and answered by the test's closure, or never answered (to prove deadlines).
final class LoopbackHTTPServer: Sendable {
    /// A request as the server read it.
    struct Received: Sendable {
        var method: String
        var path: String
        var headers: HTTPHeaders
        var body: Data
    }

    /// How to answer one request.
    enum Reply: Sendable {
        case respond(status: Int, headers: [(String, String)] = [], body: String = "")
        case neverAnswer
    }

    let port: Int
    private let listener: Int32
    private let handler: @Sendable (Received) -> Reply
    private let state = Mutex<(received: [Received], sockets: [Int32], accepted: Int, stopped: Bool)>(([], [], 0, false))

    /// Starts listening; `handler` runs on the connection's thread.
    init(_ handler: @escaping @Sendable (Received) -> Reply) throws {
        self.handler = handler
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length) == 0 && listen(listener, 64) == 0
                    && getsockname(listener, pointer, &length) == 0
            }
        }
        guard bound else { throw RESTError(.transport(curlCode: -1), detail: "loopback bind failed") }
        port = Int(UInt16(bigEndian: address.sin_port))
        spawnThread { [self] in acceptLoop(listener) }
    }

    /// The base URL tests configure the client with.
    var apiBase: String { "http://127.0.0.1:\(port)/api/v10" }

    /// Every request received so far, in order.
    var received: [Received] { state.withLock { $0.received } }

    /// How many TCP connections the client opened.
    var acceptedConnections: Int { state.withLock { $0.accepted } }

    /// Closes the listener and every connection.
    ///
    /// Descriptors are only shut down here; each is closed by its own thread, under the same lock that
    /// removes it from `sockets`, so a number reused by another test's socket is never touched.
    func stop() {
        state.withLock { state in
            state.stopped = true
            Glibc.shutdown(listener, Int32(SHUT_RDWR))
            for socket in state.sockets { Glibc.shutdown(socket, Int32(SHUT_RDWR)) }
        }
    }

    private func acceptLoop(_ listener: Int32) {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                close(listener)
                return
            }
            let open = state.withLock { state -> Bool in
                guard !state.stopped else { return false }
                state.sockets.append(connection)
                state.accepted += 1
                return true
            }
            guard open else {
                close(connection)
                continue
            }
            spawnThread { [self] in serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        var buffer = [UInt8]()
        defer {
            state.withLock { state in
                state.sockets.removeAll { $0 == connection }
                close(connection)
            }
        }
        while let request = readRequest(connection, buffer: &buffer) {
            state.withLock { $0.received.append(request) }
            switch handler(request) {
            case .neverAnswer:
                var byte: UInt8 = 0
                _ = recv(connection, &byte, 1, 0)  // until the client gives up or the server stops
                return
            case let .respond(status, headers, body):
                guard write(connection, Self.render(status: status, headers: headers, body: body)) else { return }
            }
        }
    }

    private func readRequest(_ connection: Int32, buffer: inout [UInt8]) -> Received? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffer.firstRange(of: separator)?.upperBound
            if headEnd == nil, !receive(connection, into: &buffer) { return nil }
        }
        let head = String(decoding: buffer[..<headEnd!], as: UTF8.self)
        var lines = head.split(separator: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        var headers = HTTPHeaders()
        for line in lines { headers.addRawLine(line) }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while buffer.count < headEnd! + length {
            if !receive(connection, into: &buffer) { return nil }
        }
        let body = Data(buffer[headEnd!..<(headEnd! + length)])
        buffer.removeFirst(headEnd! + length)
        return Received(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: body)
    }

    private func receive(_ connection: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16_384)
        let count = recv(connection, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer += chunk[..<count]
        return true
    }

    private func write(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    private static func render(status: Int, headers: [(String, String)], body: String) -> [UInt8] {
        var head = "HTTP/1.1 \(status) Scripted\r\nContent-Length: \(body.utf8.count)\r\n"
        if !body.isEmpty { head += "Content-Type: application/json\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        return Array((head + "\r\n" + body).utf8)
    }
}

/// Runs `body` on a new detached POSIX thread (the server blocks in accept/recv, off the Swift pool).
private func spawnThread(_ body: @escaping @Sendable () -> Void) {
    final class Box: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    let context = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    let created = pthread_create(&thread, nil, { context in
        Unmanaged<Box>.fromOpaque(context!).takeRetainedValue().body()
        return nil
    }, context)
    precondition(created == 0)
    pthread_detach(thread)
}
