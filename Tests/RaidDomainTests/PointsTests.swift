import Testing
@testable import RaidDomain

@Suite struct PointsTests {
    @Test(arguments: [("5", 500), ("-2", -200), ("1.25", 125), ("1.5", 150), (".5", 50), ("+3", 300), (" 0.01 ", 1),
                      ("0", 0), ("-0.75", -75), ("999999999999999", 99_999_999_999_999_900)] as [(String, Int64)])
    func parsingAcceptsUpToTwoDecimals(text: String, hundredths: Int64) {
        #expect((try? Points.parse(text).get()) == Points(hundredths: hundredths))
    }

    @Test(arguments: ["", "-", "abc", "1.", "1.2.3", "1,5", "1e3", "--1", "١٢", "9999999999999999"])
    func parsingRefusesWhatIsNotANumber(text: String) {
        guard case .failure(let problem) = Points.parse(text) else { Issue.record("accepted \(text)"); return }
        #expect(problem == .notANumber(text.trimmingSpaces()))
    }

    @Test func parsingRefusesAThirdDecimal() {
        #expect(Points.parse("1.005") == .failure(.tooManyDecimals("1.005")))
    }

    @Test(arguments: [(300, "3"), (150, "1.5"), (125, "1.25"), (5, "0.05"), (-25, "-0.25"), (0, "0"), (-100, "-1"),
                      (10, "0.1")] as [(Int64, String)])
    func descriptionDropsTrailingZeros(hundredths: Int64, text: String) {
        #expect(Points(hundredths: hundredths).description == text)
    }

    @Test func arithmeticIsExact() {
        var total = Points.zero
        for _ in 0..<1000 { total = total + Points(hundredths: 10) }
        #expect(total == Points(100))
        #expect(Points(hundredths: 125) * 3 == Points(hundredths: 375))
        #expect(Points(2) - Points(hundredths: 250) == Points(hundredths: -50))
        #expect(-Points(3) == Points(-3))
        #expect(Points(1) < Points(hundredths: 101))
    }

    @Test(arguments: [(1000, -300, -300), (200, -500, -200), (0, -100, 0), (-50, -100, 0), (-50, 200, 200),
                      (100, 250, 250)] as [(Int64, Int64, Int64)])
    func removalsNeverTakeATotalBelowZero(total: Int64, change: Int64, applied: Int64) {
        #expect(Points(hundredths: change).clampedSoTotalStaysNonNegative(total: Points(hundredths: total))
            == Points(hundredths: applied))
    }

    @Test func defaultsAreOneForCompletionsAndFiveForKeyPops() {
        #expect(PointDefaults.raiderCompletion(configured: nil) == Points(1))
        #expect(PointDefaults.raiderCompletion(configured: .zero) == .zero)
        #expect(PointDefaults.keyPop(configured: nil) == Points(5))
        #expect(PointDefaults.keyPop(configured: Points(hundredths: 250)) == Points(hundredths: 250))
        #expect(PointDefaults.storedRaiderCompletion(Points(1)) == nil)
        #expect(PointDefaults.storedRaiderCompletion(.zero) == .zero)
        #expect(PointDefaults.storedKeyPop(Points(5)) == nil)
        #expect(PointDefaults.storedKeyPop(Points(2)) == Points(2))
    }
}

@Suite struct OrganizerQuotaTests {
    private let organizerRole = RoleID(500)
    private let officerRole = RoleID(400)
    private let shatters = Dungeon.named("SHATTERS")!
    private let snakePit = Dungeon.named("SNAKE_PIT")!

    private var configs: [QuotaRoleConfig] {
        [QuotaRoleConfig(roleID: organizerRole, baseExaltPoints: Points(3), baseNonExaltPoints: Points(1),
                         dungeonOverrides: ["SNAKE_PIT": Points(hundredths: 50)]),
         QuotaRoleConfig(roleID: officerRole, baseExaltPoints: nil, baseNonExaltPoints: .zero)]
    }

    @Test func aRoleUsesItsOverrideElseItsExaltOrNonExaltBaseElseOne() {
        let organizer = configs[0], officer = configs[1]
        #expect(organizer.value(of: snakePit) == Points(hundredths: 50))
        #expect(organizer.value(of: shatters) == Points(3))
        #expect(organizer.value(of: Dungeon.named("MAD_LAB")!) == Points(1))
        #expect(officer.value(of: shatters) == Points(1))
        #expect(officer.value(of: snakePit) == .zero)
    }

    @Test func theOrganizersOwnRolesDecideTheAward() {
        let award = OrganizerQuota.award(for: shatters, configs: configs, memberRoles: [organizerRole, RoleID(1)])
        #expect(award == OrganizerQuotaAward(roleID: organizerRole, points: Points(3)))
        #expect(OrganizerQuota.award(for: shatters, configs: configs, memberRoles: []) == nil)
        #expect(OrganizerQuota.award(for: shatters, configs: configs, memberRoles: [RoleID(1)]) == nil)
    }

    @Test func zeroValuedRolesAreSkippedAndTheLowestRoleIdWinsWithoutPositions() {
        #expect(OrganizerQuota.award(for: snakePit, configs: configs, memberRoles: [organizerRole, officerRole])?.roleID
            == organizerRole)
        #expect(OrganizerQuota.award(for: shatters, configs: configs, memberRoles: [organizerRole, officerRole])?.roleID
            == officerRole)
    }

    @Test func theHighestPositionedRoleWinsWhenPositionsAreKnown() {
        let award = OrganizerQuota.award(for: shatters, configs: configs, memberRoles: [organizerRole, officerRole],
                                         rolePositions: [organizerRole: 10, officerRole: 3])
        #expect(award?.roleID == organizerRole)
    }

    @Test(arguments: [
        (QuotaSubject.organizerRun(RunID(7)), "run:7"),
        (.organizerKeyPop(RunID(7), keyPop: 2), "run:7:keypop:2"),
        (.raiderRun(RunID(7), MemberID(123456789012345678)), "raider:7:123456789012345678"),
        (.raiderKeyPop(RunID(7), keyPop: 3, MemberID(42)), "raider:7:3:42"),
        (.manualRunLog(at: Timestamp(unixMilliseconds: 1700000000000), organizer: MemberID(9), count: -3),
         "manual_log_run:1700000000000:9:3"),
        (.keyPopLog(at: Timestamp(unixMilliseconds: 5), member: MemberID(9), count: -2), "key_pop:5:9:-2"),
        (.quotaAdjustment(at: Timestamp(unixMilliseconds: 5), member: MemberID(9)), "manual_adjust:5:9"),
        (.pointsAdjustment(at: Timestamp(unixMilliseconds: 5), member: MemberID(9)), "manual_adjust_points:5:9"),
    ])
    func subjectsAreWrittenAsTheIncumbentWritesThem(subject: QuotaSubject, text: String) {
        #expect(subject.description == text)
    }
}
