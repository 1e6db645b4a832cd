import Testing
@testable import RaidDomain

@Suite struct RunDetailsTests {
    @Test func settingPartyAndLocationForTheFirstTimeAnnouncesLocationSetAndNotifiesKeyReactors() throws {
        let run = Given.run(party: nil, location: nil)
        let transition = try RunRules.apply(.setPartyAndLocation(party: "  Alpha ", location: "EUWest", by: Given.byOrganizer),
                                            to: run, at: Given.later).get()
        #expect(transition.state.party == "Alpha" && transition.state.location == "EUWest")
        let notice = EarlyLocNotice(isInitialSet: true, party: "Alpha", location: "EUWest")
        #expect(transition.effects == [.partyChanged("Alpha"), .locationChanged("EUWest"), .announceLocation(notice),
                                       .notifyKeyReactors])
        #expect(notice.title == "🟢 Location Set" && notice.colour == 0x57F287)
    }

    @Test func changingTheLocationLaterAnnouncesAnUpdate() throws {
        let transition = try RunRules.apply(.setLocation("USE", by: Given.byStaff), to: Given.run(status: .live),
                                            at: Given.later).get()
        let notice = EarlyLocNotice(isInitialSet: false, party: "Party", location: "USE")
        #expect(transition.effects == [.locationChanged("USE"), .announceLocation(notice), .notifyKeyReactors])
        #expect(notice.title == "🟡 Location Updated")
    }

    @Test func settingOnlyThePartyAnnouncesWithoutDMs() throws {
        let transition = try RunRules.apply(.setParty("Alpha", by: Given.byOrganizer), to: Given.run(party: nil, location: nil),
                                            at: Given.later).get()
        #expect(transition.state.location == nil)
        #expect(transition.effects == [.partyChanged("Alpha"),
                                       .announceLocation(EarlyLocNotice(isInitialSet: false, party: "Alpha", location: nil))])
    }

    @Test func anEmptyFieldClearsAndAnUnchangedValueDoesNothing() throws {
        let cleared = try RunRules.apply(.setParty("   ", by: Given.byOrganizer), to: Given.run(), at: Given.later).get()
        #expect(cleared.state.party == nil)
        #expect(cleared.effects.first == .partyChanged(nil))
        let same = try RunRules.apply(.setPartyAndLocation(party: "Party", location: "USW3", by: Given.byOrganizer),
                                      to: Given.run(), at: Given.later).get()
        #expect(same.effects.isEmpty)
    }

    @Test(arguments: [
        (nil, nil, "A", "B", true), ("A", nil, "A", "B", true), ("A", "B", "A", "C", false), (nil, nil, "A", nil, false),
    ] as [(String?, String?, String?, String?, Bool)])
    func earlyLocIsInitialOnlyWhenBothBecomeKnown(oldParty: String?, oldLocation: String?, party: String?,
                                                  location: String?, initial: Bool) {
        #expect(EarlyLocNotice.after(oldParty: oldParty, oldLocation: oldLocation, party: party, location: location)?
            .isInitialSet == initial)
    }

    @Test func chainAndJoinLockChangeOnlyWhenTheValueChanges() throws {
        let chained = try RunRules.apply(.setChain(5, by: Given.byOrganizer), to: Given.run(), at: Given.later).get()
        #expect(chained.state.chainAmount == 5 && chained.effects == [.chainChanged(5)])
        let locked = try RunRules.apply(.setJoinLock(true, by: Given.byStaff), to: Given.run(), at: Given.later).get()
        #expect(locked.state.joinLocked && locked.effects == [.joinLockChanged(true)])
        let again = try RunRules.apply(.setJoinLock(true, by: Given.byStaff), to: locked.state, at: Given.later).get()
        #expect(again.effects.isEmpty)
    }

    @Test func oryxThreeProgressesOneStageAtATime() throws {
        var run = Given.run("ORYX_3", status: .live, screenshot: "https://x/y.png")
        for stage in O3Stage.allCases {
            let transition = try RunRules.apply(.advanceO3(to: stage, by: Given.byStaff), to: run, at: Given.later).get()
            #expect(transition.effects == [.o3StageChanged(stage)])
            run = transition.state
        }
        #expect(run.o3Stage == .thirdRoom && O3Stage.next(after: run.o3Stage) == nil)
    }

    @Test(arguments: [
        ("party too long", RunCommand.setParty(String(repeating: "p", count: 101), by: Given.byOrganizer), Given.run(),
         RunRuleViolation.invalidInput(.textTooLong(field: "Party", limit: 100))),
        ("location by a stranger", .setLocation("X", by: Given.byStranger), Given.run(), .notOrganizer),
        ("party on ended", .setParty("X", by: Given.byOrganizer), Given.run(status: .ended), .runEnded),
        ("chain of zero", .setChain(0, by: Given.byOrganizer), Given.run(),
         .invalidInput(.numberOutOfRange(field: "The chain amount", minimum: 1, maximum: 99))),
        ("chain of 100", .setChain(100, by: Given.byOrganizer), Given.run(),
         .invalidInput(.numberOutOfRange(field: "The chain amount", minimum: 1, maximum: 99))),
        ("chain on O3", .setChain(3, by: Given.byOrganizer), Given.run("ORYX_3"), .notForOryx3),
        ("lock by a stranger", .setJoinLock(true, by: Given.byStranger), Given.run(), .notOrganizer),
        ("screenshot on Shatters", .attachScreenshot(url: "https://x/y.png", by: Given.byOrganizer), Given.run(), .onlyForOryx3),
        ("screenshot not a link", .attachScreenshot(url: "ftp://x", by: Given.byOrganizer), Given.run("ORYX_3"),
         .invalidScreenshot),
        ("stage on Shatters", .advanceO3(to: .closed, by: Given.byOrganizer), Given.run(status: .live), .onlyForOryx3),
        ("stage while open", .advanceO3(to: .closed, by: Given.byOrganizer), Given.run("ORYX_3"), .progressionNotLive),
        ("stage skipped", .advanceO3(to: .miniboss, by: Given.byOrganizer), Given.run("ORYX_3", status: .live),
         .o3StageOutOfOrder(current: nil, requested: .miniboss)),
        ("stage repeated", .advanceO3(to: .closed, by: Given.byOrganizer), Given.run("ORYX_3", status: .live, o3Stage: .closed),
         .o3StageOutOfOrder(current: .closed, requested: .closed)),
        ("stage by a stranger", .advanceO3(to: .closed, by: Given.byStranger), Given.run("ORYX_3", status: .live),
         .notOrganizer),
    ])
    func refusedDetailChanges(_ name: String, command: RunCommand, run: RunState, expected: RunRuleViolation) {
        #expect(RunRules.apply(command, to: run, at: Given.later).violation == expected, "\(name)")
    }
}

@Suite struct RunCreationTests {
    @Test func aValidRunCommandBecomesAnOpenRun() throws {
        let draft = try RunDraft.make(organizer: Given.organizer, dungeonCode: "SHATTERS", party: " Alpha ",
                                      location: "", description: "bring prisms").get()
        #expect(draft.party == "Alpha" && draft.location == nil && draft.autoEndMinutes == 120)
        let run = draft.run(id: Given.runID, createdAt: Given.createdAt)
        #expect(run.status == .open && run.keyPopCount == 0 && !run.joinLocked && run.organizer == Given.organizer)
        #expect(run.autoEndsAt == Given.createdAt.adding(minutes: 120))
        #expect(draft.earlyLocNotice == EarlyLocNotice(isInitialSet: true, party: "Alpha", location: nil))
        #expect(draft.runRoleName(organizerUsername: "alice") == "alice's Shatters")
    }

    @Test(arguments: [
        ("NOT_A_DUNGEON", nil, 120, RunRuleViolation.unknownDungeon("NOT_A_DUNGEON")),
        ("SHATTERS", String(repeating: "x", count: 101), 120, .invalidInput(.textTooLong(field: "Party", limit: 100))),
        ("SHATTERS", nil, 0, .invalidInput(.numberOutOfRange(field: "Auto-end minutes", minimum: 1, maximum: 1440))),
        ("SHATTERS", nil, 1441, .invalidInput(.numberOutOfRange(field: "Auto-end minutes", minimum: 1, maximum: 1440))),
    ] as [(String, String?, Int, RunRuleViolation)])
    func invalidRunOptionsAreRefused(code: String, party: String?, autoEnd: Int, expected: RunRuleViolation) {
        let result = RunDraft.make(organizer: Given.organizer, dungeonCode: code, party: party, autoEndMinutes: autoEnd)
        guard case .failure(let violation) = result else { Issue.record("accepted"); return }
        #expect(violation == expected)
    }

    @Test func noPartyOrLocationMeansNoEarlyLocNotice() throws {
        let draft = try RunDraft.make(organizer: Given.organizer, dungeonCode: "ORYX_3").get()
        #expect(draft.earlyLocNotice == nil)
    }
}
