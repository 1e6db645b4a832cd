import Logging
import Synchronization
import Testing
@testable import BotKit

/// The journal format: one line per event, a `<N>` syslog priority first, no timestamp (journald
/// stamps entries itself), and still no way for member text to forge a second line.
@Suite struct JournalLogHandlerTests {
    /// Lines handed to the sink, in order.
    final class Lines: Sendable {
        private let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        func append(_ line: String) { lines.withLock { $0.append(line) } }
    }

    private func logger(_ lines: Lines) -> Logger {
        var logger = Logger(label: "raidbot") { label in
            EscapingLogHandler(JournalLogHandler(label: label) { lines.append($0) })
        }
        logger.logLevel = .trace
        return logger
    }

    @Test(arguments: [
        (Logger.Level.trace, 7), (.debug, 7), (.info, 6), (.notice, 5), (.warning, 4), (.error, 3), (.critical, 2),
    ])
    func eachLevelCarriesItsSyslogPriority(_ level: Logger.Level, _ priority: Int) {
        let lines = Lines()
        logger(lines).log(level: level, "hello")
        #expect(lines.all == ["<\(priority)>raidbot: [BotKitTests] hello\n"])
    }

    @Test func metadataIsSortedAndTheLineHasNoTimestamp() {
        let lines = Lines()
        var logger = logger(lines)
        logger[metadataKey: "run.id"] = "42"
        logger.warning("panel redraw failed", metadata: ["interaction.id": "7"])
        #expect(lines.all == ["<4>raidbot: interaction.id=7 run.id=42 [BotKitTests] panel redraw failed\n"])
    }

    @Test func memberTextCannotStartASecondJournalLine() {
        let lines = Lines()
        logger(lines).info("unknown dungeon zz\n<2>raidbot: forged", metadata: ["option": "a\nb"])
        #expect(lines.all.count == 1)
        #expect(lines.all.first?.dropLast().contains("\n") == false)
    }

    struct Failure: Error, CustomStringConvertible { var description: String { "broken\n<0>forged" } }

    @Test func anAttachedErrorIsEscapedToo() throws {
        let lines = Lines()
        logger(lines).log(level: .error, "write failed", error: Failure())
        let line = try #require(lines.all.first)
        #expect(line.hasPrefix("<3>raidbot: error.message=broken\\n<0>forged"))
        #expect(!line.dropLast().contains("\n"))
    }
}
