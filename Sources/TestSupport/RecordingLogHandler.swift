import Logging
import Synchronization

/// Where captured log records land; shared by every copy of the handler.
public final class LogRecords: Sendable {
    /// One logged event, flattened to text.
    public struct Record: Sendable {
        /// Its level.
        public let level: Logger.Level
        /// Its message.
        public let message: String
        /// Its event metadata merged over the handler's, each value as text.
        public let metadata: [String: String]
    }

    private let storage = Mutex<[Record]>([])

    /// An empty log.
    public init() {}

    /// Adds a record.
    public func append(_ record: Record) { storage.withLock { $0.append(record) } }

    /// Every record, oldest first.
    public var all: [Record] { storage.withLock { $0 } }
}

/// The in-memory log handler tests read what a component logged from.
public struct RecordingLogHandler: LogHandler {
    /// Where records go.
    public let records = LogRecords()
    /// The handler's own metadata.
    public var metadata: Logger.Metadata = [:]
    /// Everything is recorded.
    public var logLevel: Logger.Level = .trace

    /// A handler with an empty log.
    public init() {}

    /// One metadata value.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Records the event.
    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, event in event }
        records.append(LogRecords.Record(level: event.level, message: "\(event.message)",
                                          metadata: merged.mapValues { "\($0)" }))
    }
}
