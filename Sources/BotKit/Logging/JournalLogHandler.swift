import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one line per event for systemd's journal: a `<N>` syslog priority prefix (journald reads
/// it as the entry's priority, so `journalctl -p warning` works) and no timestamp, because the
/// journal stamps every entry itself. Wrap it in `EscapingLogHandler` so one event stays one line.
public struct JournalLogHandler: LogHandler {
    /// Where a finished line goes; standard error in the bot, a recorder in tests.
    public typealias Sink = @Sendable (String) -> Void

    /// Events below this level are dropped by `Logger` before they reach the handler.
    public var logLevel: Logger.Level = .info
    /// Metadata attached to every event of this handler.
    public var metadata: Logger.Metadata = [:]
    /// Metadata read at each event (task-local context, for example).
    public var metadataProvider: Logger.MetadataProvider?

    private let label: String
    private let sink: Sink

    /// A handler labelled `label` that hands each line to `sink`.
    public init(label: String, sink: @escaping Sink = JournalLogHandler.standardError) {
        self.label = label
        self.sink = sink
    }

    /// One metadata value of this handler.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Formats `<priority>label: key=value … [source] message` and hands it to the sink.
    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let explicit = event.metadata { merged.merge(explicit) { _, new in new } }
        if let error = event.error {
            // The error's text is not escaped by EscapingLogHandler (it only sees message and metadata).
            merged["error.message"] = .string(EscapingLogHandler.escaped("\(error)"))
            merged["error.type"] = .string(String(reflecting: type(of: error)))
        }
        let pairs = merged.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined()
        sink("<\(Self.priority(of: event.level))>\(label):\(pairs) [\(event.source)] \(event.message)\n")
    }

    /// The syslog priority journald expects for `level` (RFC 5424: 7 debug … 2 critical).
    public static func priority(of level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// Writes `line` to standard error in one `write(2)`, so concurrent lines never interleave.
    public static let standardError: Sink = { line in
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { return }
            }
        }
    }
}
