#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Logging
import Storage
import StorageSeeding

/// The seeded benchmark database: created once per scale (reused by later runs unless
/// `--reseed`), then reopened for every cell with the cell's durability setting.
struct BenchmarkDatabase: Sendable {
    let path: String
    let shape: SeedShape
    let reset: BenchmarkReset
    let migrations: [Migration]

    /// Seeds the database at the options' path, or reuses one seeded earlier with the same scale.
    static func prepare(_ options: BenchmarkOptions, logger: Logger) async throws -> BenchmarkDatabase {
        let shape = SeedShape.benchmark(scale: options.scale)
        let pageSuffix = options.pageSize == 4096 ? "" : "-page\(options.pageSize)"
        let path = options.databasePath
            ?? ".build/storage-benchmark/scale-\(BenchmarkReport.fixed(options.scale, 3))\(pageSuffix).sqlite"
        let migrations = try Migration.bundled
        guard !migrations.isEmpty else { throw BenchmarkFailure("no migrations are embedded in this binary") }
        let complete = path + ".seeded"
        if options.reseed || BenchmarkCell.fileSize(complete) == 0 {
            for suffix in ["", "-wal", "-shm", ".seeded"] { unlink(path + suffix) }
            try await seed(path: path, shape: shape, pageSize: options.pageSize, migrations: migrations, logger: logger)
            try markSeeded(complete)
        }
        let database = try Database(configuration: configuration(path, "normal"), migrations: migrations, logger: logger)
        let reset = try await BenchmarkReset.capture(database, shape: shape)
        await database.close()
        return BenchmarkDatabase(path: path, shape: shape, reset: reset, migrations: migrations)
    }

    /// Opens the seeded database with `synchronous` (full or normal).
    func open(synchronous: String, logger: Logger) throws -> Database {
        try Database(configuration: Self.configuration(path, synchronous), migrations: migrations, logger: logger)
    }

    private static func configuration(_ path: String, _ synchronous: String) -> DatabaseConfiguration {
        DatabaseConfiguration(path: path, synchronous: synchronous == "full" ? .full : .normal)
    }

    private static func seed(path: String, shape: SeedShape, pageSize: Int, migrations: [Migration],
                             logger: Logger) async throws {
        print("seeding \(path) …")
        let start = ContinuousClock.now
        var quiet = logger
        quiet.logLevel = .error  // bulk seed statements are slow by design; not worth a warning each
        var configuration = configuration(path, "normal")
        configuration.pageSize = pageSize
        let database = try Database(configuration: configuration, migrations: migrations, logger: quiet)
        for step in Seeder.steps(shape) {
            try await database.write { try step.run($0) }
        }
        try await database.write { try Seeder.analyze.run($0) }
        await database.close()
        print("seeded in \(ContinuousClock.now - start)")
    }

    /// Marks the seed complete, so an interrupted seed is redone next time.
    private static func markSeeded(_ path: String) throws {
        guard let file = fopen(path, "w") else { throw BenchmarkFailure("cannot write \(path)") }
        fputs("seeded\n", file)
        fclose(file)
    }
}
