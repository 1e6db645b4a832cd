import Testing
@testable import RaidDomain

@Suite struct RunLifecycleTests {
    @Test func startingAnOpenRunMakesItLiveAndKeepsTheFirstStartTime() throws {
        let transition = try RunRules.apply(.start(by: Given.byOrganizer), to: Given.run(), at: Given.later).get()
        #expect(transition.state.status == .live)
        #expect(transition.state.startedAt == Given.later)
        #expect(transition.effects == [.started])
    }

    @Test func staffMayStartSomeoneElsesRun() {
        #expect(RunRules.apply(.start(by: Given.byStaff), to: Given.run(), at: Given.later).transition?.state.status == .live)
    }

    @Test func endingALiveRunWithoutKeyPopsCreditsJoinedRaidersAndTheOrganizerOnce() throws {
        let transition = try RunRules.apply(.end(by: Given.byStaff), to: Given.run(status: .live), at: Given.later).get()
        #expect(transition.state.status == .ended)
        #expect(transition.state.ending == .completed)
        #expect(transition.state.endedAt == Given.later)
        #expect(transition.effects == [.ended(.completed), .awardJoinedRaiders,
                                       .awardOrganizerQuota(.organizerRun(Given.runID))])
    }

    @Test func endingAfterKeyPopsCreditsTheLastSnapshotAndTheOrganizerForThatPop() throws {
        let transition = try RunRules.apply(.end(by: Given.byOrganizer), to: Given.run(status: .live, keyPops: 3),
                                            at: Given.later).get()
        #expect(transition.effects == [.ended(.completed), .awardSnapshot(keyPop: 3),
                                       .awardOrganizerQuota(.organizerKeyPop(Given.runID, keyPop: 3))])
    }

    @Test(arguments: [RunStatus.open, .live])
    func cancellingAnActiveRunEndsItWithoutAwards(status: RunStatus) throws {
        let transition = try RunRules.apply(.cancel(by: Given.byOrganizer), to: Given.run(status: status, keyPops: 2),
                                            at: Given.later).get()
        #expect(transition.state.status == .ended && transition.state.ending == .cancelled)
        #expect(transition.effects == [.ended(.cancelled)])
    }

    @Test func autoEndOfALiveRunAwardsLikeEnd() throws {
        let due = Given.createdAt.adding(minutes: 120)
        let transition = try RunRules.apply(.autoEnd, to: Given.run(status: .live, keyPops: 1), at: due).get()
        #expect(transition.state.ending == .autoEnded)
        #expect(transition.effects == [.ended(.autoEnded), .awardSnapshot(keyPop: 1),
                                       .awardOrganizerQuota(.organizerKeyPop(Given.runID, keyPop: 1))])
    }

    @Test func autoEndOfARunThatNeverStartedAwardsNothing() throws {
        let transition = try RunRules.apply(.autoEnd, to: Given.run(), at: Given.createdAt.adding(minutes: 500)).get()
        #expect(transition.state.status == .ended)
        #expect(transition.effects == [.ended(.autoEnded)])
    }

    @Test func autoEndBeforeTheDeadlineIsRefusedWithTheDueTime() {
        let run = Given.run(status: .live)
        let early = Given.createdAt.adding(minutes: 119)
        #expect(RunRules.apply(.autoEnd, to: run, at: early).violation == .autoEndNotDue(at: run.autoEndsAt))
        #expect(run.isDueForAutoEnd(at: early) == false)
        #expect(run.isDueForAutoEnd(at: run.autoEndsAt))
    }

    /// Every lifecycle command that must be refused, with the refusal it gets.
    @Test(arguments: [
        ("start by a stranger", RunCommand.start(by: Given.byStranger), Given.run(), RunRuleViolation.notOrganizer),
        ("start without party", .start(by: Given.byOrganizer), Given.run(party: nil),
         .missingPartyOrLocation(missingParty: true, missingLocation: false)),
        ("start without both", .start(by: Given.byOrganizer), Given.run(party: nil, location: nil),
         .missingPartyOrLocation(missingParty: true, missingLocation: true)),
        ("start O3 without screenshot", .start(by: Given.byOrganizer), Given.run("ORYX_3"), .missingScreenshot),
        ("start twice", .start(by: Given.byOrganizer), Given.run(status: .live), .alreadyLive),
        ("start ended", .start(by: Given.byOrganizer), Given.run(status: .ended), .runEnded),
        ("end an open run", .end(by: Given.byOrganizer), Given.run(), .notStarted),
        ("end by a stranger", .end(by: Given.byStranger), Given.run(status: .live), .notOrganizer),
        ("end twice", .end(by: Given.byOrganizer), Given.run(status: .ended), .runEnded),
        ("cancel ended", .cancel(by: Given.byOrganizer), Given.run(status: .ended), .runEnded),
        ("cancel by a stranger", .cancel(by: Given.byStranger), Given.run(), .notOrganizer),
        ("auto-end ended", .autoEnd, Given.run(status: .ended), .runEnded),
    ])
    func refusedLifecycleCommands(_ name: String, command: RunCommand, run: RunState, expected: RunRuleViolation) {
        #expect(RunRules.apply(command, to: run, at: Given.later).violation == expected, "\(name)")
    }

    @Test func anEndTimeNeverPrecedesTheStartTimeEvenWithAClockStep() throws {
        let run = Given.run(status: .live)
        let beforeStart = Given.createdAt
        let ended = try RunRules.apply(.end(by: Given.byOrganizer), to: run, at: beforeStart).get().state
        #expect(ended.endedAt == run.startedAt)
    }

    @Test func endAndCancelPressedTogetherLetOnlyTheFirstWin() throws {
        let live = Given.run(status: .live)
        let ended = try RunRules.apply(.end(by: Given.byOrganizer), to: live, at: Given.later).get().state
        #expect(RunRules.apply(.cancel(by: Given.byStaff), to: ended, at: Given.later).violation == .runEnded)
        let cancelled = try RunRules.apply(.cancel(by: Given.byStaff), to: live, at: Given.later).get().state
        #expect(RunRules.apply(.end(by: Given.byOrganizer), to: cancelled, at: Given.later).violation == .runEnded)
    }

    @Test func oryxThreeStartsOnceTheScreenshotIsAttached() throws {
        let run = Given.run("ORYX_3")
        let withShot = try RunRules.apply(.attachScreenshot(url: " https://cdn.example/taken.png ", by: Given.byOrganizer),
                                          to: run, at: Given.later).get()
        #expect(withShot.effects == [.screenshotAttached("https://cdn.example/taken.png")])
        #expect(RunRules.apply(.start(by: Given.byOrganizer), to: withShot.state, at: Given.later).transition?.state.status == .live)
    }

    @Test func everyRefusalRendersAPlainWordsReply() {
        let violations: [RunRuleViolation] = [
            .notOrganizer, .onlyOrganizerPopsKeys, .missingPartyOrLocation(missingParty: false, missingLocation: true),
            .missingScreenshot, .alreadyLive, .notStarted, .runEnded, .keyPopNotLive, .notForOryx3, .onlyForOryx3,
            .progressionNotLive, .o3StageOutOfOrder(current: nil, requested: .miniboss), .joinLocked, .suspended,
            .alreadyJoined, .notJoined, .unknownKey("X"), .invalidScreenshot, .autoEndNotDue(at: Given.later),
            .unknownDungeon("NOPE"), .invalidInput(.ignEmpty),
            .organizerAlreadyActive(.headcount(messageID: 5, createdAt: Given.createdAt, postExists: true)),
        ]
        for violation in violations {
            #expect(!violation.reply.isEmpty)
            #expect(!violation.reply.contains("Optional("), "\(violation)")
        }
        #expect(RunRuleViolation.missingPartyOrLocation(missingParty: true, missingLocation: true).reply
            .contains("Party and Location"))
        #expect(RunRuleViolation.joinLocked.reply == "🔒 Join is currently locked.")
    }
}
