import Testing
@testable import RaidDomain

@Suite struct DungeonSearchTests {
    private func codes(_ dungeons: [Dungeon]) -> [String] { dungeons.map(\.code.rawValue) }

    @Test func emptyQueryWithoutHistoryShowsOryxThenExaltsByName() {
        let result = DungeonSearch.suggestions(for: "  ")
        #expect(result.count == 13)
        #expect(result.first?.code == .oryx3)
        let rest = result.dropFirst().map(\.name)
        #expect(rest == rest.sorted { $0.lowercased() < $1.lowercased() })
        #expect(result.allSatisfy { $0.isExalt })
        #expect(Array(rest.prefix(3)) == ["Advanced Nest", "Advanced Steamworks", "Cultist Hideout"])
    }

    @Test func emptyQueryShowsRecentDungeonsMostRecentFirst() {
        let recent = RecentDungeons().recording("NEST").recording("SNAKE_PIT").recording("NEST")
        #expect(codes(DungeonSearch.suggestions(for: "", recent: recent)) == ["NEST", "SNAKE_PIT"])
    }

    @Test func recentHistoryWithOnlyUnknownCodesFallsBackToTheDefaultList() {
        let recent = RecentDungeons(["GONE_DUNGEON"])
        #expect(DungeonSearch.suggestions(for: "", recent: recent) == DungeonSearch.defaultList)
    }

    @Test(arguments: [
        ("oryx", ["ORYX_3"]),
        ("nest", ["NEST", "ADVANCED_NEST"]),
        ("NEST", ["NEST", "ADVANCED_NEST"]),
        ("void", ["THE_VOID"]),
        ("lost", ["LOST_HALLS"]),
        ("heroic", ["HEROIC_ABYSS_OF_DEMONS", "HEROIC_UNDEAD_LAIR"]),
        ("wetlands", ["WETLANDS_KEY"]),
        ("thousand", ["CAVE_THOUSAND_TREASURES"]),
        ("zzz", []),
    ])
    func queriesRankAsTheReferenceDescribes(query: String, expected: [String]) {
        #expect(codes(DungeonSearch.suggestions(for: query)) == expected)
    }

    @Test func oryxRanksFirstWheneverItMatchesThenExaltsThenOthers() {
        let result = DungeonSearch.suggestions(for: "o")
        #expect(result.first?.code == .oryx3)
        let tiers = result.dropFirst().map { $0.isExalt ? 0 : 1 }
        #expect(tiers == tiers.sorted())
    }

    @Test func withinATierHigherScoresComeFirstThenNames() {
        // "s": Shatters, Spectral Penitentiary, Steamworks are name prefixes (3) + code prefix (2);
        // Advanced Steamworks only contains it.
        let exalts = DungeonSearch.suggestions(for: "s").filter(\.isExalt).map(\.name)
        #expect(Array(exalts.prefix(3)) == ["Shatters", "Spectral Penitentiary", "Steamworks"])
    }

    @Test func resultsAreCappedAtTwentyFive() {
        #expect(DungeonSearch.suggestions(for: "e").count == 25)
    }

    @Test func recentHistoryKeepsTenMostRecentWithoutDuplicates() {
        var recent = RecentDungeons()
        for dungeon in Dungeon.all.prefix(12) { recent = recent.recording(dungeon.code) }
        #expect(recent.codes.count == 10)
        #expect(recent.codes.first == Dungeon.all[11].code)
        recent = recent.recording(Dungeon.all[5].code)
        #expect(recent.codes.first == Dungeon.all[5].code && recent.codes.count == 10)
    }
}
