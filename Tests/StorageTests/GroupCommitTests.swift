import Storage
import Testing

@Suite("Group commit")
struct GroupCommitTests {
    @Test("a failing job among succeeding ones is rolled back alone, in the same transaction")
    func failingJobIsIsolated() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        // Given the writer is held, three jobs queue behind it so they form one batch.
        let gate = WriterGate()
        async let held: Bool = database.write { _ in gate.block() }
        await gate.waitUntilEntered()
        async let first: Void = database.write { try $0.execute("INSERT INTO item VALUES (1, 'one')") }
        await eventually("first queued") { database.writeMetrics.jobs == 2 }
        async let failing: (any Error)? = outcome {
            try await database.write { db in
                try db.execute("INSERT INTO item VALUES (2, 'two')")
                throw ExpectedFailure()
            }
        }
        await eventually("failing queued") { database.writeMetrics.jobs == 3 }
        async let third: Void = database.write { try $0.execute("INSERT INTO item VALUES (3, 'three')") }
        await eventually("third queued") { database.writeMetrics.jobs == 4 }
        // When the writer is released
        gate.open()
        let released = try await held
        #expect(released)
        try await first
        let failure = await failing
        #expect(failure is ExpectedFailure)
        try await third
        // Then the others committed, the failing one's row is absent, and it all took two batches.
        let ids = try await database.read { try $0.fetchAll("SELECT id FROM item ORDER BY id") { try $0.get(0, as: Int.self) } }
        #expect(ids == [1, 3])
        #expect(database.writeMetrics.batches == 2)
        #expect(database.writeMetrics.jobs == 4)
        await database.close()
    }

    @Test("a constraint violation fails only its job, with SQLite's code and the SQL but no arguments")
    func constraintViolationIsTyped() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        try await database.write { try $0.execute("INSERT INTO item VALUES (?, ?)", 7, "secret-label") }
        let error = await #expect(throws: StorageError.self) {
            try await database.write { try $0.execute("INSERT INTO item VALUES (?, ?)", 7, "secret-label") }
        }
        #expect(error?.isConstraintViolation == true)
        #expect(error?.sql == "INSERT INTO item VALUES (?, ?)")
        #expect(error.map { !"\($0)".contains("secret-label") } == true)
        try await database.write { try $0.execute("INSERT INTO item VALUES (8, 'after')") }
        let count = try await database.read { try $0.fetchValue("SELECT count(*) FROM item", as: Int.self) }
        #expect(count == 2)
        await database.close()
    }

    @Test("a job cannot end the group transaction: its BEGIN/COMMIT/ROLLBACK is refused, the others commit",
          arguments: ["COMMIT", "ROLLBACK", "BEGIN", "RELEASE write_job", "ROLLBACK TO write_job"])
    func jobCannotEndGroupTransaction(_ control: String) async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        let gate = WriterGate()
        async let held: Bool = database.write { _ in gate.block() }
        await gate.waitUntilEntered()
        async let first: Void = database.write { try $0.execute("INSERT INTO item VALUES (1, 'one')") }
        await eventually("first queued") { database.writeMetrics.jobs == 2 }
        async let rogue: (any Error)? = outcome {
            try await database.write { db in
                try db.execute("INSERT INTO item VALUES (2, 'two')")
                try db.execute(control)
            }
        }
        await eventually("rogue queued") { database.writeMetrics.jobs == 3 }
        async let third: Void = database.write { try $0.execute("INSERT INTO item VALUES (3, 'three')") }
        await eventually("third queued") { database.writeMetrics.jobs == 4 }
        gate.open()
        let released = try await held
        #expect(released)
        try await first
        let failure = await rogue
        #expect((failure as? StorageError)?.resultCode == 23)  // SQLITE_AUTH
        try await third
        let ids = try await database.read { try $0.fetchAll("SELECT id FROM item ORDER BY id") { try $0.get(0, as: Int.self) } }
        #expect(ids == [1, 3])
        // A body may still use its own, differently named savepoints.
        try await database.write { db in
            try db.execute("SAVEPOINT inner")
            try db.execute("INSERT INTO item VALUES (4, 'four')")
            try db.execute("RELEASE inner")
        }
        await database.close()
    }

    @Test("when COMMIT itself fails, every job of the batch gets the error and nothing is stored")
    func failedCommitFailsWholeBatch() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let deferred = try Migration(fileName: "0002_deferred.sql", sql: """
            CREATE TABLE child (id INTEGER PRIMARY KEY,
                item_id INTEGER NOT NULL REFERENCES item(id) DEFERRABLE INITIALLY DEFERRED);
            """)
        let database = try store.open(migrations: [TestStore.itemsMigration, deferred])
        let gate = WriterGate()
        async let held: Bool = database.write { _ in gate.block() }
        await gate.waitUntilEntered()
        async let good: (any Error)? = outcome { _ = try await database.write { try $0.execute("INSERT INTO item VALUES (1, 'one')") } }
        await eventually("good queued") { database.writeMetrics.jobs == 2 }
        // A deferred foreign key is only checked at COMMIT, so this job's savepoint releases fine.
        async let dangling: (any Error)? = outcome { _ = try await database.write { try $0.execute("INSERT INTO child VALUES (1, 999)") } }
        await eventually("dangling queued") { database.writeMetrics.jobs == 3 }
        gate.open()
        let released = try await held
        #expect(released)
        let (goodError, danglingError) = await (good, dangling)
        #expect((goodError as? StorageError)?.isConstraintViolation == true)
        #expect((danglingError as? StorageError)?.isConstraintViolation == true)
        let count = try await database.read { try $0.fetchValue("SELECT (SELECT count(*) FROM item) + (SELECT count(*) FROM child)", as: Int.self) }
        #expect(count == 0)
        // And the writer carries on with the next batch.
        try await database.write { try $0.execute("INSERT INTO item VALUES (2, 'two')") }
        await database.close()
    }

    @Test("queued jobs apply in submission order")
    func jobsApplyInSubmissionOrder() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        let gate = WriterGate()
        async let held: Bool = database.write { _ in gate.block() }
        await gate.waitUntilEntered()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask { _ = try await database.write { try $0.execute("INSERT INTO log (label) VALUES (?)", "job \(index)") } }
                await eventually("job \(index) queued") { database.writeMetrics.jobs == index + 2 }
            }
            gate.open()
            try await group.waitForAll()
        }
        let released = try await held
        #expect(released)
        let labels = try await database.read { try $0.fetchAll("SELECT label FROM log ORDER BY seq") { try $0.get(0, as: String.self) } }
        #expect(labels == (0..<20).map { "job \($0)" })
        #expect(database.writeMetrics.batches == 2)
        await database.close()
    }

    @Test("a full queue makes writers wait instead of growing, and loses nothing")
    func fullQueueAppliesBackPressure() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open(writeQueueCapacity: 2)
        let gate = WriterGate()
        async let held: Bool = database.write { _ in gate.block() }
        await gate.waitUntilEntered()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<10 {
                group.addTask { _ = try await database.write { try $0.execute("INSERT INTO item VALUES (?, 'x')", index) } }
            }
            await eventually("8 writers wait for room") { database.writeMetrics.waitsForRoom == 8 }
            #expect(database.writeMetrics.depth == 2)
            gate.open()
            try await group.waitForAll()
        }
        let released = try await held
        #expect(released)
        let count = try await database.read { try $0.fetchValue("SELECT count(*) FROM item", as: Int.self) }
        #expect(count == 10)
        #expect(database.writeMetrics.peakDepth == 2)
        await database.close()
    }

    @Test("reads proceed while a long write job holds the writer, and see the last commit")
    func readsDoNotWaitForWrites() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        try await database.write { try $0.execute("INSERT INTO item VALUES (1, 'committed')") }
        let gate = WriterGate()
        async let held: Bool = database.write { db in
            try db.execute("INSERT INTO item VALUES (2, 'in flight')")
            return gate.block()
        }
        await gate.waitUntilEntered()
        // While the writer is inside its transaction, a read completes and sees only committed data.
        let seen = try await database.read { try $0.fetchAll("SELECT label FROM item ORDER BY id") { try $0.get(0, as: String.self) } }
        gate.open()
        #expect(seen == ["committed"])
        let released = try await held
        #expect(released, "the write job timed out: the read waited for the writer")
        let after = try await database.read { try $0.fetchValue("SELECT count(*) FROM item", as: Int.self) }
        #expect(after == 2)
        await database.close()
    }

    @Test("writes after close are refused with .closed")
    func closedDatabaseRefusesWork() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        await database.close()
        let writeError = await #expect(throws: StorageError.self) { try await database.write { _ in 1 } }
        #expect(writeError?.code == .closed)
        let readError = await #expect(throws: StorageError.self) { try await database.read { _ in 1 } }
        #expect(readError?.code == .closed)
    }
}
