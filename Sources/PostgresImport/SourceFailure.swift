import NIOCore
import NIOPosix
import PostgresNIO
#if canImport(Glibc)
import Glibc
#endif

/// Turns PostgresNIO and NIO errors into one plain sentence. PSQLError's own description is
/// deliberately generic, so the server's fields are read instead; none of them carries the password.
enum SourceFailure {
    static func describe(_ error: any Error, url: PostgresURL, during activity: String) -> ImportError {
        let target = "\(url.host):\(url.port)"
        guard let psql = error as? PSQLError else {
            return ImportError(.unreachable, "\(activity) PostgreSQL at \(target) failed: \(network(error))")
                .redacting(url.password)
        }
        if let info = psql.serverInfo {
            let state = info[.sqlState] ?? ""
            let message = info[.message] ?? "server error"
            switch state {
            case "28P01", "28000":
                return ImportError(.authentication, "PostgreSQL at \(target) refused user \"\(url.username)\": \(message)")
                    .redacting(url.password)
            case "3D000":
                return ImportError(.authentication, "PostgreSQL at \(target) has no database \"\(url.database)\"")
            default:
                return ImportError(.source, "\(activity) PostgreSQL at \(target) failed: \(message) (SQLSTATE \(state))")
                    .redacting(url.password)
            }
        }
        switch psql.code {
        case .authMechanismRequiresPassword:
            return ImportError(.authentication, "PostgreSQL at \(target) wants a password for \"\(url.username)\"; put it in the URL")
        case .unsupportedAuthMechanism, .saslError:
            return ImportError(.authentication, "logging in to PostgreSQL at \(target) as \"\(url.username)\" failed (\(psql.code))")
        case .sslUnsupported:
            return ImportError(.unreachable, "PostgreSQL at \(target) does not offer TLS; use sslmode=disable or prefer")
        case .connectionError, .serverClosedConnection, .uncleanShutdown:
            let cause = psql.underlying.map(network) ?? "the connection was closed"
            return ImportError(.unreachable, "\(activity) PostgreSQL at \(target) failed: \(cause)").redacting(url.password)
        default:
            return ImportError(.source, "\(activity) PostgreSQL at \(target) failed (\(psql.code))")
        }
    }

    /// A network-level cause in words.
    private static func network(_ error: any Error) -> String {
        if let channel = error as? ChannelError, case .connectTimeout = channel {
            return "no answer within 10 s (is the host reachable and the port open?)"
        }
        if let io = error as? IOError {
            return io.errnoCode == ECONNREFUSED ? "connection refused (is PostgreSQL running and listening there?)" : "\(io)"
        }
        if let connection = error as? NIOConnectionError {
            if let dns = connection.dnsAError ?? connection.dnsAAAAError { return "cannot resolve the host name (\(dns))" }
            if let first = connection.connectionErrors.first?.error { return network(first) }
            return "cannot connect"
        }
        return "\(error)"
    }
}
