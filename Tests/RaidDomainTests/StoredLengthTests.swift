import Testing
@testable import RaidDomain

/// Limits that guard a column count as SQLite's `length()` does (Unicode scalars), so a value the
/// rules accept never trips the schema's CHECK ("Something went wrong") instead of a plain answer.
@Suite struct StoredLengthTests {
    static let decomposed = String(repeating: "e\u{301}", count: 60) // 60 characters, 120 scalars

    @Test func combiningMarksCountAsSQLiteCountsThem() {
        #expect(Self.decomposed.count == 60)
        #expect(Self.decomposed.storedLength == 120)
    }

    @Test func partyAndLocationOverTheColumnLimitAreRefusedPlainly() {
        #expect(RunLimits.optionalText(Self.decomposed, limit: 100, field: "Party")
                == .failure(.textTooLong(field: "Party", limit: 100)))
        #expect(RunLimits.optionalText(String(repeating: "é", count: 100), limit: 100, field: "Party")
                == .success(String(repeating: "é", count: 100)))
    }
}
