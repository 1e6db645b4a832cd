import Logging
import Testing
import TestSupport
@testable import BotKit

/// Member text cannot forge log lines: every control character is written as an escape.
@Suite struct EscapingLogHandlerTests {
    @Test(arguments: [
        ("zz\n2026-12-04T00:00:00 critical raidbot: forged", "zz\\n2026-12-04T00:00:00 critical raidbot: forged"),
        ("a\r\nb\tc", "a\\r\\nb\\tc"), ("bell\u{7}esc\u{1B}[31m", "bell\\u{7}esc\\u{1B}[31m"),
        ("line\u{2028}separator", "line\\u{2028}separator"), ("plain é 🔑", "plain é 🔑"),
    ])
    func controlCharactersAreEscaped(_ raw: String, _ written: String) {
        #expect(EscapingLogHandler.escaped(raw) == written)
    }

    @Test func messageEventMetadataAndStoredMetadataAreAllEscaped() throws {
        let recording = RecordingLogHandler()
        var logger = Logger(label: "test") { _ in EscapingLogHandler(recording) }
        logger[metadataKey: "custom_id"] = "v1:run:join:1\nforged"
        logger.info("unknown dungeon zz\nforged", metadata: ["error": "detail\nforged", "list": ["a\nb"]])
        let record = try #require(recording.records.all.first)
        #expect(record.message == "unknown dungeon zz\\nforged")
        #expect(record.metadata["error"] == "detail\\nforged")
        #expect(record.metadata["custom_id"] == "v1:run:join:1\\nforged")
        #expect(record.metadata["list"]?.contains("\n") == false)
    }
}
