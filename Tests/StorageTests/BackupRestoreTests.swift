import Foundation
import Storage
import Testing

@Suite("Backups and restores")
struct BackupRestoreTests {
    static let t0: Int64 = 1_796_004_900_000  // 2026-11-30T02:15:00Z

    func insert(_ ids: ClosedRange<Int>, into database: Database) async throws {
        try await database.write { db in
            for id in ids { try db.execute("INSERT INTO item VALUES (?, ?)", id, "item \(id)") }
        }
    }

    @Test("a backup taken while the bot runs restores to exactly that moment; the replaced file is kept")
    func backupRestoreRoundTrip() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let backups = "\(store.folder)/backups"
        let database = try store.open()
        try await insert(1...50, into: database)
        // Given a backup taken while the database is open and writes continue
        let backup = try await database.backup(into: backups, keep: 3, now: Self.t0)
        try await insert(51...60, into: database)
        await database.close()
        #expect(backup == "\(backups)/raidbot-20261130T021500Z.sqlite")
        #expect(try IntegrityCheck.problems(databaseAt: backup).isEmpty)
        // When it is restored
        let outcome = try Restore.restore(
            from: backup, to: store.databasePath, migrations: [TestStore.itemsMigration], now: Self.t0 + 60_000)
        // Then the database holds the backup's 50 rows and the replaced file all 60
        #expect(outcome.replacedPath == "\(store.databasePath).replaced-20261130T021600Z")
        #expect(outcome.backupVersion == 1)
        #expect(try await itemCount(store.databasePath) == 50)
        #expect(try await itemCount(outcome.replacedPath!) == 60)
    }

    @Test("restoring a WAL-mode copy keeps the rows that were still only in its WAL")
    func restoreIncludesWalContents() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        try await insert(1...20, into: database)
        // Given a raw copy of a live database whose last writes sit in its -wal file
        let copy = "\(store.folder)/copy.sqlite"
        for suffix in ["", "-wal"] {
            try FileManager.default.copyItem(atPath: store.databasePath + suffix, toPath: copy + suffix)
        }
        #expect(((try FileManager.default.attributesOfItem(atPath: copy + "-wal")[.size] as? Int) ?? 0) > 0)
        await database.close()
        try FileManager.default.removeItem(atPath: store.databasePath)
        // When it is restored, then all 20 rows are there
        let outcome = try Restore.restore(from: copy, to: store.databasePath, migrations: [TestStore.itemsMigration])
        #expect(outcome.replacedPath == nil)
        #expect(try await itemCount(store.databasePath) == 20)
    }

    @Test("rotation keeps only the newest N backups")
    func rotationKeepsNewest() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let backups = "\(store.folder)/backups"
        try await store.open().close()
        var made: [String] = []
        for minute in 0..<5 {
            made.append(try await Backup.create(
                databasePath: store.databasePath, folder: backups, keep: 3, now: Self.t0 + Int64(minute) * 60_000))
        }
        // Two in the same second get distinct names, and the later one counts as newer.
        let sameSecond = try await Backup.create(databasePath: store.databasePath, folder: backups, keep: 3, now: Self.t0 + 4 * 60_000)
        #expect(sameSecond.hasSuffix("raidbot-20261130T021900Z-2.sqlite"))
        #expect(try Backup.list(folder: backups) == [sameSecond, made[4], made[3]])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: backups).filter { !$0.hasPrefix("raidbot-") }
        #expect(leftovers.isEmpty)
    }

    @Test("restore is refused while a bot holds the database lock, and changes nothing")
    func restoreRefusedWhileLocked() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        try await insert(1...3, into: database)
        let backup = try await Backup.create(databasePath: store.databasePath, folder: "\(store.folder)/b", keep: 1, now: Self.t0)
        try await insert(4...5, into: database)
        await database.close()
        do {
            let lock = try DatabaseLock(databasePath: store.databasePath)
            defer { withExtendedLifetime(lock) {} }
            let error = #expect(throws: StorageError.self) {
                try Restore.restore(from: backup, to: store.databasePath, migrations: [TestStore.itemsMigration])
            }
            #expect(error?.code == .locked)
            #expect(throws: StorageError.self) { try DatabaseLock(databasePath: store.databasePath) }
        }
        #expect(try await itemCount(store.databasePath) == 5)
        // Once the holder is gone the lock is free again.
        #expect(throws: Never.self) { _ = try DatabaseLock(databasePath: store.databasePath) }
    }

    @Test("restore refuses a corrupt file and a backup newer than the binary")
    func restoreRefusesUnusableBackups() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let newer = try Migration(fileName: "0002_more.sql", sql: "CREATE TABLE more (id INTEGER);")
        let database = try store.open(migrations: [TestStore.itemsMigration, newer])
        try await insert(1...3, into: database)
        await database.close()
        let backup = try await Backup.create(databasePath: store.databasePath, folder: "\(store.folder)/b", keep: 1, now: Self.t0)
        let newerError = #expect(throws: StorageError.self) {
            try Restore.restore(from: backup, to: store.databasePath, migrations: [TestStore.itemsMigration])
        }
        #expect(newerError?.code == .restore)
        #expect(newerError?.message.contains("0002_more.sql") == true)
        let garbage = "\(store.folder)/garbage.sqlite"
        try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: garbage))
        let garbageError = #expect(throws: StorageError.self) {
            try Restore.restore(from: garbage, to: store.databasePath, migrations: [TestStore.itemsMigration, newer])
        }
        #expect(garbageError?.code == .restore)
        #expect(try await itemCount(store.databasePath, migrations: [TestStore.itemsMigration, newer]) == 3)
    }

    func itemCount(_ path: String, migrations: [Migration] = [TestStore.itemsMigration]) async throws -> Int {
        let database = try Database(configuration: DatabaseConfiguration(path: path, readerCount: 1), migrations: migrations)
        let count = try await database.read { try $0.fetchValue("SELECT count(*) FROM item", as: Int.self) } ?? -1
        await database.close()
        return count
    }
}
