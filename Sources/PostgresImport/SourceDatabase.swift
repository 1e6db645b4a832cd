import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import Storage

/// The incumbent's PostgreSQL, read through one PostgresNIO connection: the schema check, row
/// counts, and each table streamed row by row (the client asks the server for more only as rows
/// are consumed, so memory stays flat at any size).
final class SourceDatabase: Sendable {
    private let connection: PostgresConnection
    private let logger: Logger
    private let url: PostgresURL

    private init(connection: PostgresConnection, url: PostgresURL, logger: Logger) {
        self.connection = connection
        self.url = url
        self.logger = logger
    }

    /// Connects and logs in; every failure becomes a plain `ImportError` without the password.
    static func connect(_ url: PostgresURL, logger: Logger) async throws(ImportError) -> SourceDatabase {
        do {
            var configuration = PostgresConnection.Configuration(
                host: url.host, port: url.port, username: url.username, password: url.password,
                database: url.database, tls: try tls(url.tls))
            configuration.options.connectTimeout = .seconds(10)
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            return SourceDatabase(connection: connection, url: url, logger: logger)
        } catch {
            throw SourceFailure.describe(error, url: url, during: "connecting to")
        }
    }

    private static func tls(_ mode: PostgresURL.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    /// Closes the connection.
    func close() async {
        try? await connection.close()
    }

    /// The columns of every table in the connection's search path schema, by table.
    func columnsByTable() async throws(ImportError) -> [String: Set<String>] {
        var tables: [String: Set<String>] = [:]
        let sql = """
            SELECT table_name::text, column_name::text FROM information_schema.columns
            WHERE table_schema = current_schema()
            """
        try await stream(sql, during: "reading the schema of") { values in
            if case .text(let table) = values[0], case .text(let column) = values[1] {
                tables[table, default: []].insert(column)
            }
        }
        return tables
    }

    /// The single bigint a query returns.
    func count(_ sql: String) async throws(ImportError) -> Int64 {
        var result: Int64 = 0
        try await stream(sql, during: "counting rows in") { values in
            if case .integer(let number) = values[0] { result = number }
        }
        return result
    }

    /// Streams every row of `sql` (a select list of bigints and texts) to `body` as SQLite values.
    func stream(
        _ sql: String, during activity: String, _ body: ([DatabaseValue]) async throws -> Void
    ) async throws(ImportError) {
        do {
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            var values: [DatabaseValue] = []
            for try await row in rows {
                values.removeAll(keepingCapacity: true)
                for cell in row { values.append(try Self.value(of: cell)) }
                try await body(values)
            }
        } catch let error as ImportError {
            throw error
        } catch let error as SourceBodyError {
            throw error.wrapped
        } catch {
            throw SourceFailure.describe(error, url: url, during: activity)
        }
    }

    private static func value(of cell: PostgresCell) throws -> DatabaseValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int8, .int4, .int2: return .integer(try cell.decode(Int64.self))
        default: return .text(try cell.decode(String.self))
        }
    }
}

/// An error thrown by a stream body (the SQLite side), passed through unchanged.
struct SourceBodyError: Error {
    let wrapped: ImportError
}
