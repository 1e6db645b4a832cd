// Child process for the durability test: writes rows through Database.write from 8 concurrent
// tasks and prints "ACK <id>" for each write acknowledged; the test SIGKILLs it mid-stream and
// checks that every acknowledged id is in the database. Usage: StorageDurabilityChild DB_PATH
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Storage

let path = CommandLine.arguments[1]
let migration = try Migration(
    fileName: "0001_acknowledged.sql",
    sql: "CREATE TABLE acknowledged (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT;")
let database = try Database(configuration: DatabaseConfiguration(path: path), migrations: [migration])

/// Writes the line with one write(2) call, unbuffered, so the parent sees it the moment it is printed.
func announce(_ id: Int) {
    let line = Array("ACK \(id)\n".utf8)
    _ = line.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

try await withThrowingTaskGroup(of: Void.self) { group in
    for worker in 0..<8 {
        group.addTask {
            var sequence = 0
            while true {
                let id = sequence * 8 + worker
                try await database.write { db in
                    try db.execute("INSERT INTO acknowledged (id, payload) VALUES (?, ?)", id, String(repeating: "x", count: 200))
                }
                announce(id)
                sequence += 1
            }
        }
    }
    try await group.waitForAll()
}
