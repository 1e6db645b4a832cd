import Storage
import Testing

@Suite("One-statement reads")
struct SingleStatementReadTests {
    @Test("fetchAll, fetchOne and fetchValue on the database read committed rows, nil when none")
    func readsCommittedRows() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        try await database.write { connection in
            for id in 1...3 { try connection.execute("INSERT INTO item (id, label) VALUES (?1, ?2)", id, "item \(id)") }
        }
        let labels = try await database.fetchAll("SELECT label FROM item WHERE id >= ?1 ORDER BY id", 2) {
            try $0.get(0, as: String.self)
        }
        #expect(labels == ["item 2", "item 3"])
        #expect(try await database.fetchOne("SELECT id, label FROM item WHERE id = ?1", 1) {
            "\(try $0.get(0, as: Int.self)):\(try $0.get(1, as: String.self))"
        } == "1:item 1")
        #expect(try await database.fetchValue("SELECT count(*) FROM item", as: Int.self) == 3)
        #expect(try await database.fetchValue("SELECT label FROM item WHERE id = ?1", 99, as: String.self) == nil)
        await database.close()
    }

    @Test("a second statement in one-statement SQL is refused before anything runs, not skipped")
    func secondStatementIsRefused() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let database = try store.open()
        await #expect(throws: StorageError.self) {
            try await database.write { try $0.execute("INSERT INTO item VALUES (1, 'a'); INSERT INTO item VALUES (2, 'b')") }
        }
        await #expect(throws: StorageError.self) {
            try await database.fetchValue("SELECT count(*) FROM item; DELETE FROM item", as: Int.self)
        }
        #expect(try await database.fetchValue("SELECT count(*) FROM item", as: Int.self) == 0)
        #expect(try await database.fetchValue("SELECT count(*) FROM item; -- trailing comment\n ;", as: Int.self) == 0)
        await database.close()
    }
}
