import Foundation
import PostgresImport
import Storage
import Synchronization
import TestSupport

/// What an import printed.
final class CapturedOutput: Sendable {
    private let buffer = Mutex("")
    var text: String { buffer.withLock { $0 } }
    func console(isTerminal: Bool = false) -> ImportConsole {
        ImportConsole(isTerminal: isTerminal) { [self] chunk in buffer.withLock { $0 += chunk } }
    }
}

/// A started, seeded incumbent server and an empty raidbot folder, torn down together.
struct ImportHarness {
    static let guild1: Int64 = 100000000000000001
    static let guild2: Int64 = 100000000000000002

    let server: PostgresServer
    let folder: TemporaryFolder

    var targetPath: String { "\(folder.path)/data/raidbot.sqlite" }
    var backupFolder: String { "\(folder.path)/backups" }

    /// Starts a server with the incumbent's schema and the seed, plus `extraSQL`.
    static func start(extraSQL: String? = nil) async throws -> ImportHarness {
        let server = try await PostgresServer.start()
        do {
            try await server.psql(file: PostgresServer.fixture("incumbent-schema.sql"))
            try await server.psql(file: PostgresServer.fixture("incumbent-seed.sql"))
            if let extraSQL { try await server.psql(command: extraSQL) }
            return ImportHarness(server: server, folder: try TemporaryFolder(prefix: "raidbot-import"))
        } catch {
            server.stop()
            throw error
        }
    }

    func options(url: String? = nil, target: String? = nil, guild: UInt64? = nil, dryRun: Bool = false,
                 replace: Bool = false, skipInvalid: Bool = false) throws -> ImportOptions {
        ImportOptions(source: try PostgresURL(url ?? server.url()), targetPath: target ?? targetPath,
                      backupFolder: backupFolder, guild: guild, dryRun: dryRun, replace: replace,
                      skipInvalid: skipInvalid, batchSize: 2)
    }

    /// Opens the imported file and runs `body` on a reader.
    func read<T: Sendable>(_ path: String? = nil, _ body: @escaping @Sendable (Connection) throws -> T) async throws -> T {
        let database = try Database(configuration: DatabaseConfiguration(path: path ?? targetPath, readerCount: 1),
                                    migrations: Migration.bundled)
        let result = try await database.read(body)
        await database.close()
        return result
    }

    func stop() {
        server.stop()
        folder.remove()
    }
}

extension Connection {
    /// The integer a query returns, or nil for NULL / no row.
    func integer(_ sql: String) throws -> Int64? {
        try fetchOne(sql) { try $0.get(0, as: Int64?.self) } ?? nil
    }
}
