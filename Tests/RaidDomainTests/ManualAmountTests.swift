import Testing
@testable import RaidDomain

@Suite struct ManualAmountTests {
    @Test(arguments: [(nil, 1), (5, 5), (-3, -3), (99, 99), (-99, -99)] as [(Int?, Int)])
    func runAndKeyCountsDefaultToOneAndStayWithinNinetyNine(amount: Int?, expected: Int) {
        #expect(ManualAmount.runOrKeyCount(amount) == .success(expected))
    }

    @Test(arguments: [0, 100, -100])
    func zeroAndOversizedCountsAreRefused(amount: Int) {
        guard case .failure = ManualAmount.runOrKeyCount(amount) else { Issue.record("accepted \(amount)"); return }
    }

    @Test func pointAdjustmentsAreCappedAtNineHundredNinetyNine() throws {
        let big = try ManualAmount.pointsAdjustment(Points(5000)).get()
        #expect(big.amount == Points(999) && big.wasCapped)
        let negative = try ManualAmount.pointsAdjustment(Points(-1000)).get()
        #expect(negative.amount == Points(-999) && negative.wasCapped)
        let normal = try ManualAmount.pointsAdjustment(Points(hundredths: 250)).get()
        #expect(normal.amount == Points(hundredths: 250) && !normal.wasCapped)
        guard case .failure = ManualAmount.pointsAdjustment(.zero) else { Issue.record("accepted zero"); return }
    }
}

@Suite struct KeyLoggingSessionTests {
    @Test func aSessionCountsDownToComplete() throws {
        var session = KeyLoggingSession(runID: RunID(1), dungeon: Given.dungeon("SHATTERS"), keyPops: 3)
        #expect(session.countChoices == 1...3)
        session = try session.logging(2).get()
        #expect(session.remaining == 1 && session.countChoices == 1...1)
        session = try session.logging(1).get()
        #expect(session.isComplete && session.countChoices == nil)
        guard case .failure = session.logging(1) else { Issue.record("logged past zero"); return }
    }

    @Test func multiKeyDungeonsGetOneSlotPerKeyTypeAndChoicesCapAtTwentyFive() {
        #expect(KeyLoggingSession(runID: RunID(1), dungeon: Given.dungeon("ORYX_3"), keyPops: 0).remaining == 4)
        #expect(KeyLoggingSession(runID: RunID(1), dungeon: Given.dungeon("NEST"), keyPops: 0).remaining == 1)
        #expect(KeyLoggingSession(runID: RunID(1), dungeon: Given.dungeon("NEST"), remaining: 40).countChoices == 1...25)
    }

    @Test(arguments: [0, -1, 4])
    func countsOutsideTheOfferAreRefused(count: Int) {
        let session = KeyLoggingSession(runID: RunID(1), dungeon: Given.dungeon("SHATTERS"), keyPops: 3)
        guard case .failure = session.logging(count) else { Issue.record("accepted \(count)"); return }
    }
}
