/// One numbered schema migration (`NNNN_description.sql`), embedded in the binary.
public struct Migration: Sendable, Hashable {
    /// The number from the file name (1 for `0001_initial.sql`).
    public let version: Int
    /// The file name, e.g. `0001_initial.sql`; messages name migrations by it.
    public let fileName: String
    /// The SQL script, applied in one transaction.
    public let sql: String
    /// Lowercase hex SHA-256 of the SQL's UTF-8 bytes, recorded when applied.
    public let checksum: String

    /// Parses the version out of `fileName`; throws `.migration` for a name not shaped `NNNN_name.sql`.
    public init(fileName: String, sql: String) throws {
        guard let version = Self.version(of: fileName) else {
            throw StorageError(
                code: .migration,
                message: "migration file \(fileName) is not named NNNN_description.sql (four digits, underscore, .sql)")
        }
        self.version = version
        self.fileName = fileName
        self.sql = sql
        self.checksum = SHA256.hexDigest(sql.utf8)
    }

    /// The number of a well-formed migration file name, or nil.
    static func version(of fileName: String) -> Int? {
        let characters = Array(fileName)
        guard characters.count > 9, fileName.hasSuffix(".sql"), characters[4] == "_",
              characters[0..<4].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(String(characters[0..<4]))
    }

    /// The migrations built into this binary from `schema/` (generated at build time).
    public static var bundled: [Migration] {
        get throws { try EmbeddedMigrations.files.map { try Migration(fileName: $0.fileName, sql: $0.sql) } }
    }
}
