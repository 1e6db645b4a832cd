import Testing
@testable import RaidDomain

@Suite struct RunKeyPopTests {
    @Test func firstKeyPopOpensTheWindowAndSnapshotsWithoutAwarding() throws {
        let transition = try RunRules.apply(.popKey(by: Given.byOrganizer), to: Given.run(status: .live), at: Given.later).get()
        let closes = Given.later.adding(seconds: 25)
        #expect(transition.state.keyPopCount == 1)
        #expect(transition.state.keyWindowEndsAt == closes)
        #expect(transition.effects == [.keyPopped(number: 1, windowEndsAt: closes), .snapshotJoinedRaiders(keyPop: 1)])
        #expect(transition.state.isKeyWindowOpen(at: Given.later.adding(seconds: 24)))
        #expect(!transition.state.isKeyWindowOpen(at: closes))
    }

    @Test func laterKeyPopsCreditThePreviousSnapshotAndTheOrganizerForIt() throws {
        let transition = try RunRules.apply(.popKey(by: Given.byOrganizer, windowSeconds: 300),
                                            to: Given.run(status: .live, keyPops: 1), at: Given.later).get()
        #expect(transition.effects == [
            .awardSnapshot(keyPop: 1), .awardOrganizerQuota(.organizerKeyPop(Given.runID, keyPop: 1)),
            .keyPopped(number: 2, windowEndsAt: Given.later.adding(seconds: 300)), .snapshotJoinedRaiders(keyPop: 2),
        ])
    }

    @Test func aChainOfPopsThenEndCreditsEachPopExactlyOnce() throws {
        var run = try RunRules.apply(.start(by: Given.byOrganizer), to: Given.run(), at: Given.later).get().state
        var effects: [RunEffect] = []
        for _ in 1...3 {
            let transition = try RunRules.apply(.popKey(by: Given.byOrganizer), to: run, at: Given.later).get()
            run = transition.state
            effects += transition.effects
        }
        effects += try RunRules.apply(.end(by: Given.byOrganizer), to: run, at: Given.later).get().effects
        let snapshotAwards = effects.compactMap { effect -> Int? in
            if case .awardSnapshot(let pop) = effect { return pop }
            return nil
        }
        let organizerAwards = effects.compactMap { effect -> QuotaSubject? in
            if case .awardOrganizerQuota(let subject) = effect { return subject }
            return nil
        }
        #expect(snapshotAwards == [1, 2, 3])
        #expect(organizerAwards == (1...3).map { .organizerKeyPop(Given.runID, keyPop: $0) })
        #expect(!effects.contains(.awardJoinedRaiders))
        #expect(run.chainProgress?.description == "Chain 3")
    }

    @Test(arguments: [
        ("staff cannot pop", RunCommand.popKey(by: Given.byStaff), Given.run(status: .live), RunRuleViolation.onlyOrganizerPopsKeys),
        ("pop while open", .popKey(by: Given.byOrganizer), Given.run(), .keyPopNotLive),
        ("pop after end", .popKey(by: Given.byOrganizer), Given.run(status: .ended), .runEnded),
        ("pop on O3", .popKey(by: Given.byOrganizer), Given.run("ORYX_3", status: .live), .notForOryx3),
        ("window of zero", .popKey(by: Given.byOrganizer, windowSeconds: 0), Given.run(status: .live),
         .invalidInput(.numberOutOfRange(field: "The key window (seconds)", minimum: 1, maximum: 300))),
        ("window too long", .popKey(by: Given.byOrganizer, windowSeconds: 301), Given.run(status: .live),
         .invalidInput(.numberOutOfRange(field: "The key window (seconds)", minimum: 1, maximum: 300))),
    ])
    func refusedKeyPops(_ name: String, command: RunCommand, run: RunState, expected: RunRuleViolation) {
        #expect(RunRules.apply(command, to: run, at: Given.later).violation == expected, "\(name)")
    }

    @Test(arguments: [(1, Optional<Int>.none, "Chain 1"), (2, 5, "Chain 2/5"), (5, 5, "Chain 5/5"), (6, 5, "Chain 6")])
    func chainTextFollowsThePlan(completed: Int, planned: Int?, text: String) {
        #expect(ChainProgress(completed: completed, planned: planned).description == text)
    }

    @Test func oryxThreeAndUnpoppedRunsShowNoChain() {
        #expect(Given.run(status: .live, keyPops: 0).chainProgress == nil)
        #expect(Given.run("ORYX_3", status: .live, keyPops: 2).chainProgress == nil)
    }
}
