import Testing
@testable import RaidDomain

@Suite struct RunParticipationTests {
    @Test(arguments: [RunStatus.open, .live])
    func aMemberJoinsAnActiveRun(status: RunStatus) {
        let result = RunRules.apply(.join(Given.raiderJoined(false)), to: Given.run(status: status), at: Given.later)
        #expect(result.transition?.effects == [.raiderJoined(Given.raider)])
        #expect(result.transition?.state == Given.run(status: status))
    }

    @Test func aJoinedMemberLeaves() {
        let result = RunRules.apply(.leave(Given.raiderJoined(true)), to: Given.run(status: .live), at: Given.later)
        #expect(result.transition?.effects == [.raiderLeft(Given.raider)])
    }

    @Test func aJoinedMemberPicksAClass() {
        let result = RunRules.apply(.chooseClass(Given.raiderJoined(true), .priest), to: Given.run(), at: Given.later)
        #expect(result.transition?.effects == [.classChosen(Given.raider, .priest)])
    }

    @Test func theOrganizerStillJoinsTheirOwnLockedRun() {
        let organizer = Participant(member: Given.organizer, isJoined: false)
        let result = RunRules.apply(.join(organizer), to: Given.run(joinLocked: true), at: Given.later)
        #expect(result.transition?.effects == [.raiderJoined(Given.organizer)])
    }

    @Test(arguments: [
        ("join after lock", RunCommand.join(Given.raiderJoined(false)), Given.run(joinLocked: true), RunRuleViolation.joinLocked),
        ("suspended join", .join(Given.raiderJoined(false, suspended: true)), Given.run(), .suspended),
        ("suspended join beats lock", .join(Given.raiderJoined(false, suspended: true)), Given.run(joinLocked: true), .suspended),
        ("join twice", .join(Given.raiderJoined(true)), Given.run(), .alreadyJoined),
        ("join ended", .join(Given.raiderJoined(false)), Given.run(status: .ended), .runEnded),
        ("leave without joining", .leave(Given.raiderJoined(false)), Given.run(), .notJoined),
        ("leave ended", .leave(Given.raiderJoined(true)), Given.run(status: .ended), .runEnded),
        ("class without joining", .chooseClass(Given.raiderJoined(false), .bard), Given.run(), .notJoined),
        ("class while suspended", .chooseClass(Given.raiderJoined(true, suspended: true), .bard), Given.run(), .suspended),
        ("class ended", .chooseClass(Given.raiderJoined(true), .bard), Given.run(status: .ended), .runEnded),
        ("foreign key", .toggleKey(Given.raiderJoined(false), "NEST_KEY"), Given.run(), .unknownKey("NEST_KEY")),
        ("forged key", .toggleKey(Given.raiderJoined(false), "'; DROP"), Given.run(), .unknownKey("'; DROP")),
        ("key on ended", .toggleKey(Given.raiderJoined(false), "SHATTERS_KEY"), Given.run(status: .ended), .runEnded),
        ("suspended key offer", .toggleKey(Given.raiderJoined(false, suspended: true), "SHATTERS_KEY"), Given.run(), .suspended),
        ("key on keyless dungeon", .toggleKey(Given.raiderJoined(false), "WOODLAND_LABYRINTH_KEY"),
         Given.run("WOODLAND_LABYRINTH"), .unknownKey("WOODLAND_LABYRINTH_KEY")),
    ])
    func refusedParticipation(_ name: String, command: RunCommand, run: RunState, expected: RunRuleViolation) {
        #expect(RunRules.apply(command, to: run, at: Given.later).violation == expected, "\(name)")
    }

    @Test func offeringAKeyBeforePartyAndLocationDoesNotNotifyYet() {
        let run = Given.run(party: nil, location: nil)
        let result = RunRules.apply(.toggleKey(Given.raiderJoined(false), "SHATTERS_KEY"), to: run, at: Given.later)
        #expect(result.transition?.effects == [.keyOffered(Given.raider, "SHATTERS_KEY")])
    }

    @Test func offeringAKeyOncePartyAndLocationAreKnownNotifiesThatMember() {
        let result = RunRules.apply(.toggleKey(Given.raiderJoined(false), "SHATTERS_KEY"), to: Given.run(), at: Given.later)
        #expect(result.transition?.effects == [.keyOffered(Given.raider, "SHATTERS_KEY"), .notifyKeyReactor(Given.raider)])
    }

    @Test func pressingAnOfferedKeyAgainWithdrawsIt() {
        let member = Given.raiderJoined(false, keys: ["WC_INC"])
        let result = RunRules.apply(.toggleKey(member, "WC_INC"), to: Given.run("ORYX_3"), at: Given.later)
        #expect(result.transition?.effects == [.keyWithdrawn(Given.raider, "WC_INC")])
    }

    @Test func aSuspendedMemberMayStillWithdrawAKey() {
        let member = Given.raiderJoined(false, suspended: true, keys: ["SHATTERS_KEY"])
        let result = RunRules.apply(.toggleKey(member, "SHATTERS_KEY"), to: Given.run(), at: Given.later)
        #expect(result.transition?.effects == [.keyWithdrawn(Given.raider, "SHATTERS_KEY")])
    }
}
