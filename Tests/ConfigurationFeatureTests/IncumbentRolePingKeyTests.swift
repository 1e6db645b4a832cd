import Testing
@testable import ConfigurationFeature
import FeatureKit
import RaidDomain

/// The incumbent's role-ping panel carries its dungeon `codeName`s (`roleping:toggle:<dungeonKey>`,
/// reference §8.5 and the 52 codes of §10.8). Each maps onto our toggle's token for the same dungeon;
/// anything else is refused.
@Suite struct IncumbentRolePingKeyTests {
    /// The incumbent's 52 codes, as its DungeonData.ts spells them (two with a space).
    static let incumbentKeys = [
        "MOONLIGHT VILLAGE", "STEAMWORKS", "ADVANCED STEAMWORKS", "SHATTERS", "NEST", "ADVANCED_NEST", "CULTIST_HIDEOUT",
        "THE_VOID", "LOST_HALLS", "FUNGAL_CAVERN", "SPECTRAL_PENITENTIARY", "ICE_CITADEL", "ORYX_3",
        "WETLANDS_KEY", "SNAKE_PIT", "MAGIC_WOODS", "SPRITE_WORLD", "CAVE_THOUSAND_TREASURES", "UNDEAD_LAIR",
        "ABYSS_OF_DEMONS", "MANOR_OF_THE_IMMORTALS", "MAD_LAB", "CURSED_LIBRARY",
        "TOXIC_SEWERS", "HAUNTED_CEMETERY", "PARASITE_CHAMBERS", "DAVY_JONES_LOCKER", "MOUNTAIN_TEMPLE", "LAIR_OF_DRACONIS",
        "OCEAN_TRENCH", "ICE_CAVE", "TOMB_OF_THE_ANCIENTS",
        "DEADWATER_DOCKS", "WOODLAND_LABYRINTH", "CRAWLING_DEPTHS",
        "PUPPET_MASTERS_THEATRE", "LAIR_OF_SHAITAN", "PUPPET_MASTERS_ENCORE", "CNIDARIAN_REEF", "SECLUDED_THICKET",
        "HIGH_TECH_TERROR", "BATTLE_FOR_THE_NEXUS", "BELLADONNAS_GARDEN", "ICE_TOMB", "MAD_GOD_MAYHEM",
        "HIDDEN_INTERREGNUM", "MACHINE",
        "HEROIC_UNDEAD_LAIR", "HEROIC_ABYSS_OF_DEMONS",
        "ANCIENT_RUINS", "CANDYLAND_HUNTING_GROUNDS", "REALM_DUNGEON",
    ]

    @Test func everyIncumbentKeyMapsToOurTokenForTheSameDungeon() throws {
        #expect(Self.incumbentKeys.count == 52 && Set(Self.incumbentKeys).count == 52)
        for key in Self.incumbentKeys {
            let token = try #require(RolePingButtons.ourToken(incumbentKey: key), "\(key)")
            #expect(DungeonCode(customIDToken: token) == DungeonCode(key))
            #expect(RolePingPanelView.toggle.wire([token]).hasPrefix("v1:roleping:toggle:"))
        }
        #expect(RolePingButtons.ourToken(incumbentKey: "MOONLIGHT VILLAGE") == "MOONLIGHT-VILLAGE")
    }

    @Test(arguments: ["MOONLIGHT-VILLAGE", "shatters", "SHATTERS ", "", "O3", "VOID"])
    func otherKeysAreUnknown(key: String) {
        #expect(RolePingButtons.ourToken(incumbentKey: key) == nil)
    }
}
