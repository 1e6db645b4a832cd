/// Placeholder until the build plugin generates this from schema/.
enum EmbeddedMigrations {
    static let files: [(fileName: String, sql: String)] = []
}
