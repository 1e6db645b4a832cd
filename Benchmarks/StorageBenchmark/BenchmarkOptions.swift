/// The benchmark's command line: `storage-benchmark [--scale X] [--seconds S] [--callers 1,4,16]
/// [--sync full,normal] [--ops join,create-run,…] [--page-size 4096] [--database PATH] [--reseed]`.
struct BenchmarkOptions: Sendable {
    /// Fraction of the production shape to seed (1 = 20k members, 50k runs, 2M reactions).
    var scale = 1.0
    /// Measured seconds per cell (after a short warm-up).
    var seconds = 3.0
    /// Concurrent callers per cell.
    var callers = [1, 4, 16]
    /// The durability settings to compare.
    var synchronous: [String] = ["full", "normal"]
    /// The operations to run, by name.
    var operations = BenchmarkOperation.allNames
    /// Where the seeded database lives; reused across runs of the same scale unless `reseed`.
    var databasePath: String?
    /// Seed a fresh database even if one exists at `databasePath`.
    var reseed = false
    /// The page size of the seeded database (each size is seeded into its own file).
    var pageSize = 4096

    static let usage = """
        usage: storage-benchmark [--scale X] [--seconds S] [--callers 1,4,16] [--sync full,normal]
                                 [--ops \(BenchmarkOperation.allNames.joined(separator: ","))]
                                 [--page-size 1024|2048|4096|8192] [--database PATH] [--reseed]
        """

    /// Parses `arguments` (without the program name); throws a one-line message on bad input.
    static func parse(_ arguments: [String]) throws -> BenchmarkOptions {
        var options = BenchmarkOptions()
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            if flag == "--reseed" { options.reseed = true; continue }
            if flag == "--help" || flag == "-h" { throw BenchmarkFailure(usage) }
            guard let value = remaining.popFirst() else { throw BenchmarkFailure("\(flag) needs a value\n\(usage)") }
            try options.apply(flag, value)
        }
        return options
    }

    private mutating func apply(_ flag: String, _ value: String) throws {
        switch flag {
        case "--scale":
            guard let scale = Double(value), scale > 0, scale <= 4 else { throw BenchmarkFailure("--scale must be in (0, 4]") }
            self.scale = scale
        case "--seconds":
            guard let seconds = Double(value), seconds > 0 else { throw BenchmarkFailure("--seconds must be > 0") }
            self.seconds = seconds
        case "--callers":
            let counts = value.split(separator: ",").compactMap { Int($0) }
            guard !counts.isEmpty, counts.allSatisfy({ (1...256).contains($0) }) else {
                throw BenchmarkFailure("--callers takes a list of counts 1...256, e.g. 1,4,16")
            }
            callers = counts
        case "--sync":
            let modes = value.split(separator: ",").map(String.init)
            guard !modes.isEmpty, modes.allSatisfy({ $0 == "full" || $0 == "normal" }) else {
                throw BenchmarkFailure("--sync takes full, normal or both")
            }
            synchronous = modes
        case "--ops":
            let names = value.split(separator: ",").map(String.init)
            guard !names.isEmpty, names.allSatisfy(BenchmarkOperation.allNames.contains) else {
                throw BenchmarkFailure("--ops takes some of \(BenchmarkOperation.allNames.joined(separator: ","))")
            }
            operations = names
        case "--page-size":
            guard let size = Int(value), [1024, 2048, 4096, 8192].contains(size) else {
                throw BenchmarkFailure("--page-size takes 1024, 2048, 4096 or 8192")
            }
            pageSize = size
        case "--database":
            databasePath = value
        default:
            throw BenchmarkFailure("unknown option \(flag)\n\(Self.usage)")
        }
    }
}

/// A one-line reason the benchmark stopped.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
