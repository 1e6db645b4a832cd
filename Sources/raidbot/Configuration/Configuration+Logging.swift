import BotKit
import Logging

extension Configuration {
    /// The process's logger in the configured format and level. Both formats go through
    /// `EscapingLogHandler`, so member text never forges a line (nor, in the journal, a priority).
    func makeLogger(label: String = "raidbot") -> Logger {
        let format = logFormat
        var logger = Logger(label: label) { label in
            switch format {
            case .text: EscapingLogHandler(StreamLogHandler.standardError(label: label))
            case .journal: EscapingLogHandler(JournalLogHandler(label: label))
            }
        }
        logger.logLevel = logLevel
        return logger
    }
}
