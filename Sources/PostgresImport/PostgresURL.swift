/// A `postgres://user:password@host:port/database?sslmode=…` URL, parsed by hand (no Foundation).
/// Its description never shows the password, so it can be logged and printed safely.
public struct PostgresURL: Sendable, CustomStringConvertible {
    /// How the connection uses TLS (`sslmode`): `disable` (default, loopback and private networks),
    /// `prefer` (TLS when the server offers it) or `require`.
    public enum TLSMode: String, Sendable { case disable, prefer, require }

    /// The host name or address.
    public let host: String
    /// The TCP port (default 5432).
    public let port: Int
    /// The role to log in as.
    public let username: String
    /// The password, if the URL has one; never printed.
    public private(set) var password: String?
    /// The database name (default: the user name, as libpq does).
    public let database: String
    /// The TLS mode.
    public let tls: TLSMode

    /// Parses `text`; throws an `ImportError` (code `.url`) naming what is wrong, without the password.
    public init(_ text: String) throws(ImportError) {
        var rest = Substring(text)
        guard let scheme = rest.firstRange(of: "://"),
              ["postgres", "postgresql"].contains(rest[..<scheme.lowerBound].lowercased()) else {
            throw ImportError(.url, "the source must be a postgres://user:password@host:port/database URL")
        }
        rest = rest[scheme.upperBound...]
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") { query = rest[rest.index(after: mark)...]; rest = rest[..<mark] }
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") { path = rest[rest.index(after: slash)...]; rest = rest[..<slash] }
        var userInfo: Substring = ""
        if let at = rest.lastIndex(of: "@") { userInfo = rest[..<at]; rest = rest[rest.index(after: at)...] }
        let (user, password) = Self.split(userInfo, at: ":")
        let (host, port) = try Self.hostAndPort(rest)
        self.host = host
        self.port = port
        self.username = try Self.decode(user, "user name")
        if let password { self.password = try Self.decode(password, "password") } else { self.password = nil }
        guard !username.isEmpty else { throw ImportError(.url, "the URL names no user (postgres://USER:password@host/database)") }
        let name = try Self.decode(path, "database name")
        self.database = name.isEmpty ? username : name
        self.tls = try Self.tlsMode(query)
    }

    /// The same URL with `password` (from PGPASSWORD, so it stays off the command line).
    public func with(password: String) -> PostgresURL {
        var copy = self
        copy.password = password
        return copy
    }

    /// The URL with the password replaced by `***`.
    public var description: String {
        "postgres://\(username)\(password == nil ? "" : ":***")@\(host):\(port)/\(database)?sslmode=\(tls.rawValue)"
    }

    private static func split(_ text: Substring, at separator: Character) -> (Substring, Substring?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (text[..<index], text[text.index(after: index)...])
    }

    private static func hostAndPort(_ text: Substring) throws(ImportError) -> (String, Int) {
        var host = text
        var portText: Substring?
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            let after = host[host.index(after: close)...]
            portText = after.hasPrefix(":") ? after.dropFirst() : nil
            host = host[host.index(after: host.startIndex)..<close]
        } else if let colon = host.lastIndex(of: ":") {
            portText = host[host.index(after: colon)...]
            host = host[..<colon]
        }
        guard !host.isEmpty else { throw ImportError(.url, "the URL names no host") }
        guard let portText else { return (String(host), 5432) }
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw ImportError(.url, "the port \"\(portText)\" is not a number from 1 to 65535")
        }
        return (String(host), port)
    }

    private static func tlsMode(_ query: Substring) throws(ImportError) -> TLSMode {
        var mode = TLSMode.disable
        for pair in query.split(separator: "&") {
            let (key, value) = split(pair, at: "=")
            guard key == "sslmode" else { throw ImportError(.url, "unknown URL parameter \"\(key)\" (only sslmode is read)") }
            guard let parsed = TLSMode(rawValue: String(value ?? "")) else {
                throw ImportError(.url, "sslmode must be disable, prefer or require")
            }
            mode = parsed
        }
        return mode
    }

    /// Percent-decodes one URL part.
    private static func decode(_ text: Substring, _ what: String) throws(ImportError) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw ImportError(.url, "the \(what) has a malformed %-escape")
            }
            bytes.append(high << 4 | low)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
