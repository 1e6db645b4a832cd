/// The consistency rules for a list of migrations and for what a database already applied;
/// each refusal names the files so the operator knows what to fix.
enum MigrationList {
    /// Sorted by number; throws on two files with one number or a gap in the numbers.
    static func validated(_ migrations: [Migration]) throws -> [Migration] {
        let sorted = migrations.sorted { ($0.version, $0.fileName) < ($1.version, $1.fileName) }
        let byVersion = Dictionary(grouping: sorted, by: \.version)
        if let clash = byVersion.filter({ $0.value.count > 1 }).min(by: { $0.key < $1.key }) {
            throw refusal(
                "two migrations are numbered \(number(clash.key)): "
                    + clash.value.map(\.fileName).joined(separator: " and ") + "; renumber one of them")
        }
        if let first = sorted.first, first.version != 1 {
            throw refusal("migrations must start at 0001, but the first is \(first.fileName)")
        }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where later.version != earlier.version + 1 {
            throw refusal(
                "gap in migration numbers: \(earlier.fileName) is followed by \(later.fileName) "
                    + "(\(number(earlier.version + 1)) is missing)")
        }
        return sorted
    }

    /// Throws when the database is newer than the binary or an applied migration was edited.
    static func checkApplied(_ applied: [MigrationStatus.Applied], against migrations: [Migration]) throws {
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        let binaryLast = migrations.last
        for record in applied {
            guard let migration = known[record.version] else {
                throw refusal(
                    "the database has migration \(record.fileName) applied, newer than this binary "
                        + "(its last migration is \(binaryLast?.fileName ?? "none")); run a newer raidbot")
            }
            guard migration.checksum == record.checksum, migration.fileName == record.fileName else {
                throw refusal(
                    "migration \(migration.fileName) was changed after it was applied as \(record.fileName) "
                        + "(recorded checksum \(record.checksum.prefix(12))…, file now "
                        + "\(migration.checksum.prefix(12))…); restore the file and add a new migration instead")
            }
        }
    }

    /// A migration runs inside the runner's transaction; its own BEGIN/COMMIT would break atomicity.
    static func refuseTransactionControl(_ sql: String, in migration: Migration) throws {
        let keyword = withoutLeadingComments(sql).prefix { $0.isLetter }.uppercased()
        let forbidden: Set<String> = ["BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "VACUUM"]
        guard forbidden.contains(keyword) else { return }
        throw refusal(
            "migration \(migration.fileName) contains \(keyword); each migration already runs in one transaction")
    }

    /// The statement text after any leading whitespace and `--` / `/* */` comments.
    static func withoutLeadingComments(_ sql: String) -> Substring {
        var rest = sql[...]
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*"), let end = rest.firstRange(of: "*/") {
                rest = rest[end.upperBound...]
            } else {
                return rest
            }
        }
    }

    /// Four-digit migration number, as in file names.
    static func number(_ version: Int) -> String {
        let digits = String(version)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func refusal(_ message: String) -> StorageError {
        StorageError(code: .migration, message: message)
    }
}
