import Testing
@testable import RaidDomain

@Suite struct HeadcountTests {
    private func headcount(_ codes: [DungeonCode] = ["NEST", "SHATTERS"], status: HeadcountStatus = .active) -> HeadcountState {
        HeadcountState(messageID: 555, organizer: Given.organizer, dungeons: codes.map(Given.dungeon),
                       createdAt: Given.createdAt, status: status)
    }

    @Test func selectionKeepsOneToFiveKnownDungeonsWithoutDuplicates() throws {
        let picked = try HeadcountState.selection(["NEST", "SHATTERS", "NEST"]).get()
        #expect(picked.map(\.code) == ["NEST", "SHATTERS"])
    }

    @Test(arguments: [
        ([], RunRuleViolation.invalidInput(.numberOutOfRange(field: "The number of dungeons", minimum: 1, maximum: 5))),
        (["NEST", "SHATTERS", "ORYX_3", "THE_VOID", "LOST_HALLS", "MAD_LAB"],
         .invalidInput(.numberOutOfRange(field: "The number of dungeons", minimum: 1, maximum: 5))),
        (["NEST", "FAKE"], .unknownDungeon("FAKE")),
    ])
    func invalidSelectionsAreRefused(codes: [String], expected: RunRuleViolation) {
        guard case .failure(let violation) = HeadcountState.selection(codes) else { Issue.record("accepted"); return }
        #expect(violation == expected)
    }

    @Test func joinTogglesAndSuspendedMembersCannotJoin() {
        #expect(HeadcountRules.apply(.toggleJoin(Given.raiderJoined(false)), to: headcount()).map(\.effects)
            == .success([.joined(Given.raider)]))
        #expect(HeadcountRules.apply(.toggleJoin(Given.raiderJoined(true)), to: headcount()).map(\.effects)
            == .success([.left(Given.raider)]))
        #expect(HeadcountRules.apply(.toggleJoin(Given.raiderJoined(false, suspended: true)), to: headcount())
            .map(\.effects) == .failure(.suspended))
    }

    @Test func keysTogglePerDungeonAndForeignKeysAreRefused() {
        let offer = HeadcountRules.apply(.toggleKey(Given.raiderJoined(false), dungeon: "NEST", key: "NEST_KEY"), to: headcount())
        #expect(offer.map(\.effects) == .success([.keyOffered(Given.raider, dungeon: "NEST", key: "NEST_KEY")]))
        let withdraw = HeadcountRules.apply(.toggleKey(Given.raiderJoined(false, keys: ["NEST_KEY"]), dungeon: "NEST",
                                                       key: "NEST_KEY"), to: headcount())
        #expect(withdraw.map(\.effects) == .success([.keyWithdrawn(Given.raider, dungeon: "NEST", key: "NEST_KEY")]))
        let foreign = HeadcountRules.apply(.toggleKey(Given.raiderJoined(false), dungeon: "NEST", key: "SHATTERS_KEY"),
                                           to: headcount())
        #expect(foreign.map(\.effects) == .failure(.unknownKey("SHATTERS_KEY")))
        let notPolled = HeadcountRules.apply(.toggleKey(Given.raiderJoined(false), dungeon: "ORYX_3", key: "WC_INC"),
                                             to: headcount())
        #expect(notPolled.map(\.effects) == .failure(.unknownKey("WC_INC")))
    }

    @Test func convertingMakesARunForTheOwnerEvenWhenStaffConverts() throws {
        let transition = try HeadcountRules.apply(.convert(dungeon: "SHATTERS", by: Given.byStaff), to: headcount()).get()
        #expect(transition.state.status == .converted)
        guard case .convertedToRun(let draft) = transition.effects.first else { Issue.record("no run"); return }
        #expect(draft.organizer == Given.organizer && draft.dungeon.code == "SHATTERS")
        #expect(draft.party == nil && draft.location == nil)
    }

    @Test func keylessDungeonsCanBeConverted() throws {
        let transition = try HeadcountRules.apply(.convert(dungeon: "WOODLAND_LABYRINTH", by: Given.byOrganizer),
                                                  to: headcount(["WOODLAND_LABYRINTH"])).get()
        #expect(transition.state.status == .converted)
    }

    @Test(arguments: [
        (HeadcountCommand.end(by: Given.byStranger), HeadcountStatus.active, RunRuleViolation.notOrganizer),
        (.convert(dungeon: "SHATTERS", by: Given.byStranger), .active, .notOrganizer),
        (.convert(dungeon: "ORYX_3", by: Given.byOrganizer), .active, .unknownDungeon("ORYX_3")),
        (.end(by: Given.byOrganizer), .ended, .headcountClosed),
        (.convert(dungeon: "NEST", by: Given.byOrganizer), .converted, .headcountClosed),
        (.toggleJoin(Given.raiderJoined(false)), .ended, .headcountClosed),
    ])
    func refusedHeadcountCommands(command: HeadcountCommand, status: HeadcountStatus, expected: RunRuleViolation) {
        #expect(HeadcountRules.apply(command, to: headcount(status: status)).map(\.effects) == .failure(expected))
    }

    @Test func endingClosesTheHeadcount() throws {
        let transition = try HeadcountRules.apply(.end(by: Given.byOrganizer), to: headcount()).get()
        #expect(transition.state.status == .ended && transition.effects == [.ended])
    }

    @Test func headcountsGoStaleAfterADay() {
        #expect(!headcount().isStale(at: Given.createdAt.adding(minutes: 1439)))
        #expect(headcount().isStale(at: Given.createdAt.adding(minutes: 1440)))
        #expect(!headcount(status: .ended).isStale(at: Given.createdAt.adding(minutes: 5000)))
    }

    @Test func thePickerSplitsExaltsAndTwoHalvesOfTheRest() {
        let picker = HeadcountPicker.standard
        #expect(picker.exalt.count == 13)
        #expect(picker.othersFirstHalf.count == 20 && picker.othersSecondHalf.count == 19)
        let others = picker.othersFirstHalf + picker.othersSecondHalf
        #expect(others.map { $0.name.lowercased() } == others.map { $0.name.lowercased() }.sorted())
        #expect([picker.exalt, picker.othersFirstHalf, picker.othersSecondHalf].allSatisfy { $0.count <= 25 })
    }

    @Test(arguments: [("CAVE_THOUSAND_TREASURES", "CAVE_THOUSAND_TREASURES_KEY", "Cave of a Tho..."),
                      ("NEST", "NEST_KEY", "Nest"), ("ORYX_3", "SWORD_RUNE", "Sword"), ("LOST_HALLS", "CULT_KEY", "Cult")])
    func multiDungeonKeyLabels(code: String, key: String, label: String) {
        #expect(HeadcountPicker.multiDungeonKeyLabel(dungeon: Given.dungeon(DungeonCode(code)), key: ReactionKey(key)) == label)
    }
}

@Suite struct PartyFinderTests {
    private let now = Given.createdAt

    @Test func aValidPostLivesTwoHoursAndDedupesDungeons() throws {
        let post = try PartyPost.make(owner: Given.raider, name: " Chill runs ", description: "come",
                                      dungeonCodes: ["NEST", "NEST", "SHATTERS"], at: now).get()
        #expect(post.name == "Chill runs" && post.location == nil)
        #expect(post.dungeons.map(\.code) == ["NEST", "SHATTERS"])
        #expect(post.expiresAt == now.adding(minutes: 120))
        #expect(post.schedule.warnings == [now.adding(minutes: 110), now.adding(minutes: 115)])
        #expect(!post.isExpired(at: now.adding(minutes: 119)) && post.isExpired(at: now.adding(minutes: 120)))
    }

    @Test func onlyTheOwnerExtendsAndOwnerOrModeratorsClose() throws {
        let post = try PartyPost.make(owner: Given.raider, name: "P", description: "D", at: now).get()
        #expect((try? post.extended(by: Given.raider).get())?.expiresAt == now.adding(minutes: 180))
        #expect(post.extended(by: Given.staff).map(\.expiresAt) == .failure(.onlyOwnerExtends))
        #expect(post.mayBeClosed(by: Given.raider, isModerator: false))
        #expect(post.mayBeClosed(by: Given.staff, isModerator: true))
        #expect(!post.mayBeClosed(by: Given.stranger, isModerator: false))
    }

    @Test(arguments: [
        ("", "d", nil, [], PartyRuleViolation.invalidInput(.textMissing(field: "Party name"))),
        ("n", " ", nil, [], .invalidInput(.textMissing(field: "Description"))),
        (String(repeating: "n", count: 201), "d", nil, [], .invalidInput(.textTooLong(field: "Party name", limit: 200))),
        ("n", String(repeating: "d", count: 2001), nil, [], .invalidInput(.textTooLong(field: "Description", limit: 2000))),
        ("n", "d", String(repeating: "l", count: 101), [], .invalidInput(.textTooLong(field: "Location", limit: 100))),
        ("n", "d", nil, ["NOPE"], .unknownDungeon("NOPE")),
    ] as [(String, String, String?, [String], PartyRuleViolation)])
    func invalidPostsAreRefused(name: String, description: String, location: String?, codes: [String],
                                expected: PartyRuleViolation) {
        let result = PartyPost.make(owner: Given.raider, name: name, description: description, location: location,
                                    dungeonCodes: codes, at: now)
        #expect(result.map(\.name) == .failure(expected))
    }

    @Test func oneOpenPartyAndThreePostsPerRollingHalfHour() {
        let minutesAgo: ([Int64]) -> [Timestamp] = { $0.map { self.now.adding(minutes: -$0) } }
        #expect((try? PartyRules.mayCreate(hasOpenParty: false, previousCreations: minutesAgo([29, 10]), at: now).get()) != nil)
        #expect((try? PartyRules.mayCreate(hasOpenParty: false, previousCreations: minutesAgo([30, 20, 10]), at: now).get()) != nil)
        guard case .failure(.tooManyParties(let next)) = PartyRules.mayCreate(
            hasOpenParty: false, previousCreations: minutesAgo([25, 20, 10]), at: now) else {
            Issue.record("allowed a fourth post"); return
        }
        #expect(next == now.adding(minutes: 5))
        guard case .failure(.alreadyHasParty) = PartyRules.mayCreate(hasOpenParty: true, previousCreations: [], at: now) else {
            Issue.record("allowed a second open party"); return
        }
    }
}
