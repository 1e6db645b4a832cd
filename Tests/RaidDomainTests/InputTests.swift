import Testing
@testable import RaidDomain

@Suite struct DurationTests {
    @Test(arguments: [("30m", 30), ("2h", 120), ("1d", 1440), (" 45M ", 45), ("43200m", 43200), ("30d", 43200),
                      ("1m", 1), ("720h", 43200)])
    func muteDurationsAcceptMinutesHoursAndDays(text: String, minutes: Int) {
        #expect((try? DurationRule.mute.parse(text).get()) == DurationSpan(minutes: minutes))
    }

    @Test(arguments: [("1h", 60), ("720h", 43200), ("30d", 43200), ("7D", 10080)])
    func suspensionsAcceptHoursAndDays(text: String, minutes: Int) {
        #expect((try? DurationRule.suspension.parse(text).get()) == DurationSpan(minutes: minutes))
    }

    @Test(arguments: ["", "h", "30", "1.5h", "-1h", "1 h", "1h30m", "2w", "+2h", "٢h", "30m"])
    func suspensionsRefuseMalformedText(text: String) {
        guard case .failure(.durationFormat) = DurationRule.suspension.parse(text) else {
            Issue.record("accepted or misjudged \(text)"); return
        }
    }

    @Test(arguments: [("0h", DurationRule.suspension), ("721h", .suspension), ("31d", .suspension), ("0m", .mute),
                      ("43201m", .mute), ("99999999999d", .mute)])
    func outOfRangeDurationsAreRefused(text: String, rule: DurationRule) {
        #expect(rule.parse(text) == .failure(.durationOutOfRange(minimumMinutes: rule.range.lowerBound,
                                                                 maximumMinutes: rule.range.upperBound)))
    }

    @Test func refusalsNameTheAcceptedShapesAndRange() {
        #expect(InputProblem.durationFormat("x", accepted: [.hours, .days]).reply.contains("`2h`, `1d`"))
        #expect(InputProblem.durationOutOfRange(minimumMinutes: 60, maximumMinutes: 43200).reply
            == "❌ The duration must be between 1 hour and 30 days.")
        #expect(DurationSpan(minutes: 90).description == "90 minutes")
        #expect(DurationSpan(minutes: 120).seconds == 7200)
    }
}

@Suite struct IGNTests {
    @Test(arguments: [("Alice", "Alice"), ("  Bob_2 ", "Bob_2"), ("a-b c", "a-b c"), ("SixteenCharsName", "SixteenCharsName")])
    func validNamesAreTrimmedAndKept(text: String, value: String) {
        #expect((try? IGN.parse(text).get())?.value == value)
    }

    @Test(arguments: [("", InputProblem.ignEmpty), ("   ", .ignEmpty), ("SeventeenCharName", .ignTooLong),
                      ("Ali$e", .ignCharacters("Ali$e")), ("Zoë", .ignCharacters("Zoë")), ("a|b", .ignCharacters("a|b"))])
    func invalidNamesAreRefusedWithAReason(text: String, problem: InputProblem) {
        #expect(IGN.parse(text) == .failure(problem))
    }

    @Test func namesCompareIgnoringCase() throws {
        let lower = try IGN.parse("alice").get(), upper = try IGN.parse("ALICE").get()
        #expect(lower == upper)
        #expect(Set([lower, upper]).count == 1)
        #expect(lower.normalized == "alice")
    }

    @Test func conflictsAreCaseInsensitiveAndIgnoreTheMemberThemself() throws {
        let me = MemberID(1), other = MemberID(2)
        let others = [RegisteredNames(member: other, main: try IGN.parse("Bob").get(), alt: try IGN.parse("Bobby").get()),
                      RegisteredNames(member: me, main: try IGN.parse("Alice").get(), alt: nil)]
        #expect(IGNConflict.holderOfMain(try IGN.parse("BOB").get(), for: me, among: others) == other)
        #expect(IGNConflict.holderOfMain(try IGN.parse("alice").get(), for: me, among: others) == nil)
        #expect(IGNConflict.altConflict(try IGN.parse("bobby").get(), ownMain: nil, for: me, among: others) == .inUse(by: other))
        #expect(IGNConflict.altConflict(try IGN.parse("ALICE").get(), ownMain: try IGN.parse("Alice").get(), for: me,
                                        among: others) == .sameAsOwnMain)
        #expect(IGNConflict.altConflict(try IGN.parse("Carol").get(), ownMain: nil, for: me, among: others) == nil)
    }

    @Test func nicknamesComposeMainAltAndKeepAStaffPrefix() throws {
        let main = try IGN.parse("Alice").get(), alt = try IGN.parse("Ally").get()
        #expect(Nickname.compose(main: main) == "Alice")
        #expect(Nickname.compose(main: main, alt: alt) == "Alice | Ally")
        #expect(Nickname.compose(main: main, keepingPrefixOf: "⭐ OldName") == "⭐ Alice")
    }

    @Test(arguments: [("Alice | Ally", "Alice", "Ally"), ("Alice/Ally", "Alice", "Ally"), ("Alice\\Ally", "Alice", "Ally"),
                      ("⭐ Alice", "Alice", nil), ("Alice | ThisAltIsWayTooLong", "Alice", nil)] as [(String, String, String?)])
    func nicknamesParseBackIntoIGNs(nickname: String, main: String, alt: String?) {
        let parsed = Nickname.parse(nickname)
        #expect(parsed?.main.value == main)
        #expect(parsed?.alt?.value == alt)
    }

    @Test func aNicknameWithoutAnyValidNameParsesToNothing() {
        #expect(Nickname.parse("!!! | $$$") == nil)
    }
}

@Suite struct RunLimitsTests {
    @Test(arguments: [("50", 50), ("1", 1), ("99%", 99), (" 7 ", 7)])
    func realmScoresFromOneToNinetyNine(text: String, score: Int) {
        #expect((try? RunLimits.realmScore(text).get()) == score)
    }

    @Test(arguments: ["0", "100", "abc", ""])
    func invalidRealmScoresAreRefused(text: String) {
        guard case .failure = RunLimits.realmScore(text) else { Issue.record("accepted \(text)"); return }
    }

    @Test func limitsUseTheReferenceDefaults() {
        #expect(RunLimits.autoEnd(minutes: nil) == .success(120))
        #expect(RunLimits.keyWindow(seconds: nil) == .success(25))
        #expect(RunLimits.chain("12") == .success(12))
        #expect(RunLimits.chain("0") == .failure(.numberOutOfRange(field: "The chain amount", minimum: 1, maximum: 99)))
    }
}

@Suite struct ReplySafetyTests {
    @Test func hostileTextIsEchoedWithoutBackticksNewlinesOrBulk() {
        let hostile = "`@everyone`\n" + String(repeating: "x", count: 500)
        let reply = RunRuleViolation.unknownDungeon(hostile).reply
        #expect(reply.filter { $0 == "`" }.count == 2)
        #expect(!reply.contains("\n"))
        #expect(reply.count < 200)
        #expect(InputProblem.notANumber("1`2").reply == "❌ `12` is not a number.")
        #expect(PartyRuleViolation.unknownDungeon("a`b").reply.contains("`ab`"))
    }
}
