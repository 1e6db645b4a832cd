import Storage

extension Configuration {
    /// The store's settings derived from this configuration.
    var database: DatabaseConfiguration {
        DatabaseConfiguration(
            path: databasePath,
            readerCount: readerCount,
            synchronous: durability == .full ? .full : .normal,
            logEveryStatement: environment == .development)
    }
}
