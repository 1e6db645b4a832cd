import Storage
import StorageSeeding

/// Puts the mutable state back to the seed after a cell, so one cell's writes (new runs, key
/// pops, joins) never slow down the next one (e.g. 30k created runs would all be "active").
struct BenchmarkReset: Sendable {
    /// The dungeon key of runs the create-run operation inserts.
    static let benchDungeon = "BENCH"
    let shape: SeedShape
    /// The highest quota_event id of the seed.
    let lastSeededEvent: Int64

    /// Reads the seed's high-water marks.
    static func capture(_ database: Database, shape: SeedShape) async throws -> BenchmarkReset {
        let last = try await database.read { try $0.fetchValue("SELECT COALESCE(MAX(id), 0) FROM quota_event", as: Int64.self) }
        return BenchmarkReset(shape: shape, lastSeededEvent: last ?? 0)
    }

    /// Deletes what the operations added and restores the active runs' seeded state.
    func restore(_ database: Database) async throws {
        let firstActive = shape.firstActiveRunID
        let lastActive = firstActive + Int64(shape.activeRuns) - 1
        let lastEvent = lastSeededEvent
        let rejoin = Seeder.steps(shape).filter { $0.sql.contains("INSERT OR IGNORE INTO reaction") && $0.sql.contains("'join', ?6 - 30000") }
        try await database.write { connection in
            try connection.execute("DELETE FROM run WHERE dungeon_key = ?1 AND id > ?2", Self.benchDungeon, lastActive)
            try connection.execute("DELETE FROM quota_event WHERE id > ?1", lastEvent)
            try connection.execute("DELETE FROM key_pop_snapshot WHERE run_id BETWEEN ?1 AND ?2", firstActive, lastActive)
            try connection.execute(
                "UPDATE run SET key_pop_count = 0, key_window_ends_at = NULL WHERE id BETWEEN ?1 AND ?2", firstActive, lastActive)
            try connection.execute(
                "DELETE FROM reaction WHERE run_id BETWEEN ?1 AND ?2 AND updated_at >= ?3", firstActive, lastActive, SeedShape.now)
            for step in rejoin { try step.run(connection) }
        }
    }
}
