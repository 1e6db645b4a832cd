import Testing
@testable import RaidDomain

@Suite struct DungeonDataTests {
    @Test func tableHoldsFiftyTwoDungeonsWithUniqueCodesAndNames() {
        #expect(Dungeon.all.count == 52)
        #expect(Set(Dungeon.all.map(\.code)).count == 52)
        #expect(Set(Dungeon.all.map(\.name)).count == 52)
        #expect(Set(Dungeon.all.map(\.portalEmojiID)).count == 52)
    }

    @Test(arguments: [
        (DungeonCategory.exaltation, 13), (.godland, 10), (.event, 9), (.epic, 3), (.mini, 12), (.heroic, 2), (.basic, 3),
    ])
    func categoriesHoldTheReferenceCounts(category: DungeonCategory, count: Int) {
        #expect(Dungeon.all.filter { $0.category == category }.count == count)
    }

    @Test func onlyExaltationDungeonsAreExalt() {
        #expect(Dungeon.all.filter(\.isExalt).count == 13)
        #expect(Dungeon.all.allSatisfy { $0.isExalt == ($0.category == .exaltation) })
    }

    @Test func everyDungeonHasColourPortalAndEmoji() {
        for dungeon in Dungeon.all {
            #expect(!dungeon.colours.isEmpty, "\(dungeon.code)")
            #expect(dungeon.portalImageURL.hasPrefix("https://"), "\(dungeon.code)")
            #expect(dungeon.portalEmojiID > 100_000_000_000_000_000, "\(dungeon.code)")
        }
    }

    @Test func everyKeyReactionIsAKeyInTheReactionTableExceptTheRealmDungeonKey() {
        let keys = Dungeon.all.flatMap(\.keyReactions).filter { $0 != "REALM_DUNGEON_KEY" }
        for key in keys {
            let reaction = Reaction.keyed(key)
            #expect(reaction?.kind.isKey == true, "\(key)")
            #expect(reaction?.emojiID != nil, "\(key)")
        }
        #expect(Reaction.keyed("REALM_DUNGEON_KEY") == nil)
    }

    @Test func everyOtherReactionIsKnownAndNotAKey() {
        for key in Dungeon.all.flatMap(\.otherReactions) {
            #expect(Reaction.keyed(key).map { !$0.kind.isKey } == true, "\(key)")
        }
        #expect(Dungeon.all.filter { $0.otherReactions.isEmpty }.count == 39)
    }

    @Test(arguments: [
        ("ORYX_3", ["WC_INC", "SHIELD_RUNE", "SWORD_RUNE", "HELM_RUNE"]),
        ("LOST_HALLS", ["CULT_KEY", "VOID_KEY", "VIAL_OF_PURE_DARKNESS"]),
        ("THE_VOID", ["LOST_HALLS_KEY", "VIAL_OF_PURE_DARKNESS"]),
        ("CULTIST_HIDEOUT", ["LOST_HALLS_KEY"]),
        ("WOODLAND_LABYRINTH", []),
        ("LAIR_OF_SHAITAN", ["LAIR_OF_SHAITANS_KEY"]),
        ("HIDDEN_INTERREGNUM", ["HIDDEN_INTERREGUM_KEY"]),
        ("MOONLIGHT VILLAGE", ["MOONLIGHT_VILLAGE_KEY"]),
        ("ADVANCED STEAMWORKS", ["ADVANCED_STEAMWORKS_KEY"]),
        ("WETLANDS_KEY", ["WETLANDS_KEY"]),
    ])
    func keyReactionsMatchTheReference(code: String, keys: [String]) {
        #expect(Dungeon.named(DungeonCode(code))?.keyReactions == keys.map { ReactionKey($0) })
    }

    @Test(arguments: [("THE_VOID", "Void"), ("ORYX_3", "Oryx 3"), ("WETLANDS_KEY", "Sulfurous Wetlands"),
                      ("REALM_DUNGEON", "Realm Dungeons"), ("DAVY_JONES_LOCKER", "Davy Jones' Locker")])
    func lookupByCodeFindsTheName(code: String, name: String) {
        #expect(Dungeon.named(DungeonCode(code))?.name == name)
    }

    @Test(arguments: ["", "oryx_3", "ORYX3", "MOONLIGHT_VILLAGE", " ORYX_3", "EXALT_DUNGEON"])
    func lookupRefusesUnknownOrMisspelledCodes(code: String) {
        #expect(Dungeon.named(DungeonCode(code)) == nil)
    }

    @Test func oryxThreeIsTheOnlyOryxDungeonAndUsesItsFirstColour() throws {
        let oryx = try #require(Dungeon.named(.oryx3))
        #expect(oryx.isOryx3 && oryx.isExalt)
        #expect(oryx.embedColour == 0xb5471b)
        #expect(Dungeon.all.filter(\.isOryx3).count == 1)
    }

    @Test(arguments: [("ORYX_3", 0, 4), ("LOST_HALLS", 5, 3), ("THE_VOID", 0, 2), ("SHATTERS", 0, 1),
                      ("SHATTERS", 3, 3), ("WOODLAND_LABYRINTH", 2, 2)])
    func keyLoggingSlotsFollowKeyTypesOrPops(code: String, pops: Int, slots: Int) {
        #expect(Dungeon.named(DungeonCode(code))?.keyLoggingSlots(keyPops: pops) == slots)
    }

    @Test func heroicAbyssPortalIsTheImageNotTheSwappedName() {
        #expect(Dungeon.named("HEROIC_ABYSS_OF_DEMONS")?.portalImageURL == "https://i.imgur.com/zz6D2lz.png")
    }
}

@Suite struct ReactionDataTests {
    @Test func tableHoldsNinetyTwoUniqueReactions() {
        #expect(Reaction.all.count == 92)
        #expect(Set(Reaction.all.map(\.key)).count == 92)
    }

    @Test(arguments: [(ReactionKind.earlyLocation, 1), (.raidClass, 20), (.statusEffect, 8), (.item, 7),
                      (.key, 50), (.nightmareKey, 6)])
    func kindsHoldTheReferenceCounts(kind: ReactionKind, count: Int) {
        #expect(Reaction.all.filter { $0.kind == kind }.count == count)
    }

    @Test func seventeenReactionsAreExaltKeysAndEveryKeyHasAnEmoji() {
        #expect(Reaction.all.filter(\.isExaltKey).count == 17)
        #expect(Reaction.all.filter(\.kind.isKey).allSatisfy { $0.emojiID != nil })
    }

    @Test(arguments: [("WC_INC", "Inc"), ("SHIELD_RUNE", "Shield Rune"), ("SWORD_RUNE", "Sword Rune"),
                      ("HELM_RUNE", "Helm Rune"), ("MSEAL", "MSeal"), ("VIAL_OF_PURE_DARKNESS", "Vial"),
                      ("SHATTERS_KEY", "Shatters"), ("LOST_HALLS_KEY", "Lost Halls"),
                      ("MOONLIGHT_VILLAGE_KEY", "Moonlight Village"), ("CULT_KEY", "Cult"),
                      ("HIDDEN_INTERREGUM_KEY", "Hidden Interregum"), ("ARMOR_BREAK", "Armor Break")])
    func keyButtonLabelsFollowFormatKeyLabel(key: String, label: String) {
        #expect(ReactionKey(key).buttonLabel == label)
    }

    @Test(arguments: [("WC_INC", "Inc", "Wine Cellar Incantation"), ("SHIELD_RUNE", "Shield", "Rune"),
                      ("HELM_RUNE", "Helm", "Rune"), ("NEST_KEY", "Key", "Key")])
    func headcountLabelsAndSuffixes(key: String, label: String, suffix: String) {
        #expect(ReactionKey(key).headcountLabel == label)
        #expect(ReactionKey(key).keyTypeSuffix == suffix)
    }
}

@Suite struct RotmgClassTests {
    @Test func eighteenClassesInMenuOrder() {
        #expect(RotmgClass.allCases.count == 18)
        #expect(RotmgClass.allCases.first == .rogue && RotmgClass.allCases.last == .kensei)
    }

    @Test(arguments: [("Rogue", RotmgClass.rogue), ("  kensei ", .kensei), ("NECROMANCER", .necromancer)])
    func namedFindsClassesIgnoringCaseAndSpaces(text: String, expected: RotmgClass) {
        #expect(RotmgClass.named(text) == expected)
    }

    @Test(arguments: ["", "Rouge", "DPS", "Warrior Knight"])
    func namedRefusesAnythingElse(text: String) {
        #expect(RotmgClass.named(text) == nil)
    }
}
