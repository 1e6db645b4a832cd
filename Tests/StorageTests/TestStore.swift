import Dispatch
import Foundation
import Storage
import Testing
import TestSupport

/// A fresh temporary folder per test, with helpers to open a real database file inside it.
struct TestStore {
    private let temporary: TemporaryFolder

    /// The folder's absolute path.
    var folder: String { temporary.path }

    init() throws { temporary = try TemporaryFolder(prefix: "storage-tests") }

    /// The database path inside the folder (in a subfolder, to exercise folder creation).
    var databasePath: String { "\(folder)/data/raidbot.sqlite" }

    /// Opens the database with `migrations` (default: one table of numbered rows).
    func open(
        migrations: [Migration] = [TestStore.itemsMigration], readerCount: Int = 2,
        writeQueueCapacity: Int = 64, synchronous: DatabaseConfiguration.Synchronous = .full
    ) throws -> Database {
        let configuration = DatabaseConfiguration(
            path: databasePath, readerCount: readerCount, synchronous: synchronous,
            writeQueueCapacity: writeQueueCapacity)
        return try Database(configuration: configuration, migrations: migrations)
    }

    /// `item(id, label)`, plus `log(seq, label)` whose rowids record the order writes applied in.
    static let itemsMigration = try! Migration(
        fileName: "0001_items.sql",
        sql: """
            CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT NOT NULL) STRICT;
            CREATE TABLE log (seq INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT NOT NULL);
            """)

    func remove() { temporary.remove() }
}

/// Suspends until `condition` holds, yielding to other tasks; records an issue instead of hanging.
func eventually(_ what: String, _ condition: () -> Bool) async {
    for _ in 0..<2_000_000 {
        if condition() { return }
        await Task.yield()
    }
    Issue.record("timed out waiting until \(what)")
}

/// Blocks the writer thread inside a write job until the test opens the gate; `entered` tells
/// the test the job is running. A 60 s safety timeout turns a deadlock into a failed expectation
/// (generous: the whole suite shares two cores, and queuing jobs behind the gate can take seconds).
final class WriterGate: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    let entered: AsyncStream<Void>
    private let enteredContinuation: AsyncStream<Void>.Continuation

    init() {
        (entered, enteredContinuation) = AsyncStream.makeStream(of: Void.self)
    }

    /// Called inside the write job: announces itself, then waits. Returns false on timeout.
    func block() -> Bool {
        enteredContinuation.yield()
        return semaphore.wait(timeout: .now() + 60) == .success
    }

    /// Waits until the job is running.
    func waitUntilEntered() async {
        var iterator = entered.makeAsyncIterator()
        _ = await iterator.next()
    }

    func open() { semaphore.signal() }
}

struct ExpectedFailure: Error, Equatable {}

/// The error `body` threw, or nil: lets `async let` carry an expected failure.
func outcome(_ body: () async throws -> Void) async -> (any Error)? {
    do {
        try await body()
        return nil
    } catch {
        return error
    }
}
