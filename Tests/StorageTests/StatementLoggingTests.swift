import Logging
import Storage
import Synchronization
import Testing
import TestSupport

@Suite("Statement logging")
struct StatementLoggingTests {
    func open(_ store: TestStore, threshold: Duration, everyStatement: Bool) throws -> (Database, LogRecords) {
        let handler = RecordingLogHandler()
        let logger = Logger(label: "test.storage") { _ in handler }
        let configuration = DatabaseConfiguration(
            path: store.databasePath, readerCount: 1, slowQueryThreshold: threshold, logEveryStatement: everyStatement)
        return (try Database(configuration: configuration, migrations: [TestStore.itemsMigration], logger: logger), handler.records)
    }

    @Test("a statement over the threshold logs a warning with its SQL and duration, never its arguments")
    func slowStatementIsLoggedWithoutArguments() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let (database, handler) = try open(store, threshold: .zero, everyStatement: false)
        try await database.write { try $0.execute("INSERT INTO item VALUES (?, ?)", 42, "hunter2-secret") }
        await database.close()
        let insert = handler.all.filter { $0.metadata["sql"] == "INSERT INTO item VALUES (?, ?)" }
        #expect(insert.count == 1)
        #expect(insert.first?.level == .warning)
        #expect(insert.first?.metadata["duration_ms"] != nil)
        #expect(!handler.all.contains { "\($0.metadata)".contains("hunter2") || $0.message.contains("hunter2") })
    }

    @Test("fast statements log nothing in production and one debug line each in development")
    func developmentModeLogsEveryStatement() async throws {
        for everyStatement in [false, true] {
            let store = try TestStore()
            defer { store.remove() }
            let (database, handler) = try open(store, threshold: .seconds(3_600), everyStatement: everyStatement)
            _ = try await database.read { try $0.fetchValue("SELECT count(*) FROM item", as: Int.self) }
            await database.close()
            let lines = handler.all.filter { $0.metadata["sql"] == "SELECT count(*) FROM item" }
            #expect(lines.map(\.level) == (everyStatement ? [.debug] : []))
            #expect(!handler.all.contains { $0.level == .warning })
        }
    }
}
