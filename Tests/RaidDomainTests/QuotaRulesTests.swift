import Testing
@testable import RaidDomain

@Suite struct QuotaRulesTests {
    private let security = RoleID(300), officer = RoleID(400)
    private var configs: [QuotaRoleConfig] {
        [QuotaRoleConfig(roleID: officer, baseExaltPoints: nil, baseNonExaltPoints: nil,
                         moderationPoints: [.warn: Points(2), .verify: .zero]),
         QuotaRoleConfig(roleID: security, baseExaltPoints: nil, baseNonExaltPoints: nil,
                         moderationPoints: [.verify: Points(hundredths: 50), .warn: Points(1)])]
    }

    @Test func moderationPointsComeFromTheFirstRoleWithAValueForTheAction() {
        let both: Set<RoleID> = [security, officer]
        #expect(ModerationQuota.award(for: .verify, configs: configs, memberRoles: both) == (security, Points(hundredths: 50)))
        #expect(ModerationQuota.award(for: .warn, configs: configs, memberRoles: both) == (security, Points(1)))
        #expect(ModerationQuota.award(for: .warn, configs: configs, memberRoles: both,
                                      rolePositions: [officer: 9, security: 2]) == (officer, Points(2)))
    }

    @Test func withoutAPayingRoleTheActionIsStillRecordedAtZero() {
        #expect(ModerationQuota.award(for: .addnote, configs: configs, memberRoles: [security]) == (nil, .zero))
        #expect(ModerationQuota.award(for: .verify, configs: configs, memberRoles: [officer]) == (nil, .zero))
        #expect(ModerationQuota.subject(.modmailReply, at: Timestamp(unixMilliseconds: 12), member: MemberID(5))
            == "modmail_reply:12:5")
    }

    @Test func theQuotaWindowRunsToTheResetThenFromTheResetToNow() {
        let start = Timestamp(unixMilliseconds: 1_000), reset = Timestamp(unixMilliseconds: 5_000)
        #expect(QuotaPeriod.window(periodStart: start, resetAt: reset, at: Timestamp(unixMilliseconds: 3_000))
            == QuotaPeriod(start: start, end: reset))
        let later = Timestamp(unixMilliseconds: 9_000)
        let passed = QuotaPeriod.window(periodStart: start, resetAt: reset, at: later)
        #expect(passed == QuotaPeriod(start: reset, end: later))
        #expect(passed.contains(reset) && !passed.contains(later))
        #expect(QuotaPeriod.week(from: start).resetAt == start.adding(minutes: 10_080))
    }

    @Test(arguments: [("manual_log_run:1:9:3", 300, 3), ("manual_log_run:1:9:3", -300, -3), ("run:7", 100, 1),
                      ("raider:7:2:5", -100, -1), ("key_pop:1:9:2", 0, 0), ("manual_log_run:1:9:x", 100, 1)]
          as [(String, Int64, Int)])
    func ledgerRunCountsFollowTheSubjectAndSign(subject: String, hundredths: Int64, runs: Int) {
        #expect(LedgerRunCount.runs(subject: subject, amount: Points(hundredths: hundredths)) == runs)
    }
}

@Suite struct UTCDateTimeTests {
    @Test(arguments: [("1970-01-01 00:00", 0), ("2026-11-30 02:15", 1_796_004_900_000), ("2000-02-29 23:59", 951_868_740_000),
                      ("1969-12-31 23:59", -60_000), (" 2024-01-01 12:00 ", 1_704_110_400_000)] as [(String, Int64)])
    func parsesUTCDateTimes(text: String, milliseconds: Int64) {
        #expect(UTCDateTime.parse(text) == Timestamp(unixMilliseconds: milliseconds))
    }

    @Test(arguments: ["", "2026-11-30", "2026-13-01 00:00", "2025-02-29 10:00", "2026-11-30 24:00", "2026-11-30 12:60",
                      "26-11-30 12:00", "2026/11/30 12:00", "2026-11-30T12:00", "2026-1-30 12:00", "２０２６-11-30 12:00"])
    func refusesMalformedOrImpossibleDates(text: String) {
        #expect(UTCDateTime.parse(text) == nil)
    }

    @Test(arguments: ["1970-01-01 00:00", "2026-11-30 02:15", "2000-02-29 23:59", "1969-12-31 23:59", "2400-12-31 23:59"])
    func formattingRoundTrips(text: String) throws {
        let time = try #require(UTCDateTime.parse(text))
        #expect(UTCDateTime.format(time) == text)
    }
}
