import Foundation
import Storage
import Testing

@Suite("Durability")
struct DurabilityTests {
    /// The child executable sits next to the test bundle in the build folder.
    static var childPath: String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while !folder.path.hasSuffix("/debug") && !folder.path.hasSuffix("/release") && folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("StorageDurabilityChild").path
    }

    @Test("a process killed with SIGKILL after acknowledging N writes leaves all N, intact")
    func acknowledgedWritesSurviveSigkill() async throws {
        let store = try TestStore()
        defer { store.remove() }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: Self.childPath)
        child.arguments = [store.databasePath]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        // Given the child has acknowledged at least 400 writes
        let acknowledged = try Self.readAcknowledgements(from: output.fileHandleForReading, atLeast: 400)
        // When it is killed without any chance to clean up
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        // Then every acknowledged id is in the database and the file is intact
        let migration = try Migration(
            fileName: "0001_acknowledged.sql",
            sql: "CREATE TABLE acknowledged (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT;")
        let database = try Database(
            configuration: DatabaseConfiguration(path: store.databasePath, readerCount: 1), migrations: [migration])
        let stored = Set(try await database.read { try $0.fetchAll("SELECT id FROM acknowledged") { try $0.get(0, as: Int.self) } })
        #expect(acknowledged.count >= 400)
        #expect(acknowledged.isSubset(of: stored), "lost \(acknowledged.subtracting(stored).count) acknowledged writes")
        #expect(try await database.integrityCheck().isEmpty)
        await database.close()
    }

    /// Reads "ACK <id>" lines until at least `count` arrived (everything read so far is returned).
    static func readAcknowledgements(from handle: FileHandle, atLeast count: Int) throws -> Set<Int> {
        var ids: Set<Int> = []
        var pending = ""
        while ids.count < count {
            let data = handle.availableData
            guard !data.isEmpty else { break }  // the child exited early; the expectations will say so
            pending += String(decoding: data, as: UTF8.self)
            while let newline = pending.firstIndex(of: "\n") {
                let line = pending[..<newline]
                if line.hasPrefix("ACK "), let id = Int(line.dropFirst(4)) { ids.insert(id) }
                pending = String(pending[pending.index(after: newline)...])
            }
        }
        return ids
    }
}
