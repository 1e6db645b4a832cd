// storage-benchmark: seeds a one-guild database (scale 1: 20k members, 50k runs, 2M reactions,
// 500k quota events) and runs the hot operations at 1, 4 and 16 concurrent callers under
// synchronous=FULL and NORMAL, printing ops/s, p50, p99 and WAL bytes per write as markdown.
//
//     swift run -c release storage-benchmark [--scale 0.1] [--seconds 3]
//
// Each cell opens the database afresh (closing checkpoints the WAL to zero), runs, and then
// restores the seeded state, so cells do not influence each other.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Logging
import Storage

let options: BenchmarkOptions
do {
    options = try BenchmarkOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    print("storage-benchmark: \(error)")
    exit(2)
}

var logger = Logger(label: "storage-benchmark")
logger.logLevel = .warning

do {
    let seeded = try await BenchmarkDatabase.prepare(options, logger: logger)
    print("database: \(seeded.path) (\(BenchmarkReport.grouped(BenchmarkCell.fileSize(seeded.path) / 1_048_576)) MiB, "
        + "page size \(options.pageSize))")
    print("shape: \(seeded.shape.members) members, \(seeded.shape.historicalRuns) ended + \(seeded.shape.activeRuns) active runs, "
        + "\(seeded.shape.historicalRuns * seeded.shape.reactionsPerRun) reactions, \(seeded.shape.quotaEvents) quota events; "
        + "\(BenchmarkReport.fixed(options.seconds, 1)) s per cell\n")
    let flushBefore = FlushProbe.describe(besides: seeded.path, when: "before")
    print(flushBefore + "\n")
    let clock = BenchmarkClock()
    let operations = BenchmarkOperation.all(seeded.shape).filter { options.operations.contains($0.name) }
    var results: [CellResult] = []
    for synchronous in options.synchronous {
        for operation in operations {
            for callers in options.callers {
                let cell = BenchmarkCell(operation: operation, callers: callers, seconds: options.seconds, synchronous: synchronous)
                let database = try seeded.open(synchronous: synchronous, logger: logger)
                let result = try await cell.run(database, walPath: seeded.path + "-wal", clock: clock)
                try await seeded.reset.restore(database)
                await database.close()
                results.append(result)
                print(BenchmarkReport.row(result))
            }
        }
    }
    print("\n" + flushBefore)
    print(FlushProbe.describe(besides: seeded.path, when: "after"))
    print("\n" + BenchmarkReport.table(results))
    print(BenchmarkReport.comparison(results))
} catch {
    print("storage-benchmark: \(error)")
    exit(1)
}
