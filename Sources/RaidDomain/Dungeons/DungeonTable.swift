// The 52 dungeons of the incumbent's `DungeonData.ts` (§10.8), in its order. A data table, so it is
// exempt from the 300-line rule. Two deliberate differences, both fixes of the incumbent's data:
// Heroic Abyss of Demons had its portal URL and name swapped (the URL is used here), and the Realm
// Dungeons entry reuses the Miscellaneous Dungeon portal emoji, image and colour it replaced.

/// The dungeon data table and its code index.
enum DungeonTable {
    static let byCode: [DungeonCode: Dungeon] = Dictionary(
        uniqueKeysWithValues: dungeons.map { ($0.code, $0) })

    static let dungeons: [Dungeon] = godlandAndBasic + eventAndEpic + mini + exaltation
}

private let raidClasses: [ReactionKey] = ["FUNGAL_TOME", "WARRIOR", "KNIGHT", "PALADIN"]

private func entry(
    _ code: DungeonCode, _ name: String, _ category: DungeonCategory, emoji: UInt64,
    keys: [ReactionKey], others: [ReactionKey] = [], colours: [UInt32], portal: String
) -> Dungeon {
    Dungeon(code: code, name: name, category: category, portalEmojiID: emoji, keyReactions: keys,
            otherReactions: others, colours: colours, portalImageURL: portal)
}

private let drips = "https://static.drips.pw/rotmg/wiki/Environment/Portals/"
private let discordAttachments = "https://cdn.discordapp.com/attachments/561245975767941120/"

private let godlandAndBasic: [Dungeon] = [
    entry("WETLANDS_KEY", "Sulfurous Wetlands", .godland, emoji: 1051564126637391872,
          keys: ["WETLANDS_KEY"], colours: [0x008000, 0x800000], portal: "https://i.imgur.com/s2mWQQq.png"),
    entry("SNAKE_PIT", "Snake Pit", .godland, emoji: 561248700291088386, keys: ["SNAKE_PIT_KEY"],
          colours: [0x29c71e], portal: discordAttachments + "561248354173190176/Snake_Pit_Portal.png"),
    entry("MAGIC_WOODS", "Magic Woods", .godland, emoji: 561248700870033408, keys: ["MAGIC_WOODS_KEY"],
          colours: [0x1fcfcc], portal: "https://i.imgur.com/mvUTUNo.png"),
    entry("SPRITE_WORLD", "Sprite World", .godland, emoji: 561249801501540363, keys: ["SPRITE_WORLD_KEY"],
          colours: [0xffffff, 0x9f22b3, 0, 0xe6df15], portal: drips + "Glowing%20Portal.png"),
    entry("ANCIENT_RUINS", "Ancient Ruins", .basic, emoji: 745810341115461694, keys: ["ANCIENT_RUINS_KEY"],
          colours: [0xe6d485, 0xbaa263, 0xb7934b, 0x94643a], portal: "https://i.imgur.com/d7MSK2x.png"),
    entry("CANDYLAND_HUNTING_GROUNDS", "Candyland Hunting Grounds", .basic, emoji: 561248700916301825,
          keys: ["CANDYLAND_HUNTING_GROUNDS_KEY"], colours: [0xde1dc1, 0xbdf7fc],
          portal: drips + "Candyland%20Portal.png"),
    entry("CAVE_THOUSAND_TREASURES", "Cave of a Thousand Treasures", .godland, emoji: 561248701809557511,
          keys: ["CAVE_THOUSAND_TREASURES_KEY"], colours: [0xd1c819, 0x8a1d1d, 0x3d3434],
          portal: drips + "Treasure%20Cave%20Portal.png"),
    entry("UNDEAD_LAIR", "Undead Lair", .godland, emoji: 561248700601729036, keys: ["UNDEAD_LAIR_KEY"],
          colours: [0x3d3434, 0x2b1e1e, 0], portal: discordAttachments + "561248252310061066/Undead_Lair_Portal.png"),
    entry("HEROIC_UNDEAD_LAIR", "Heroic Undead Lair", .heroic, emoji: 711479365602508820,
          keys: ["HEROIC_UNDEAD_LAIR_KEY"], colours: [0x4d19d1, 0xf5d311, 0x3d3434, 0x2b1e1e],
          portal: "https://i.imgur.com/YgiGjh7.gif"),
    entry("ABYSS_OF_DEMONS", "Abyss of Demons", .godland, emoji: 561248700643409931,
          keys: ["ABYSS_OF_DEMONS_KEY"], colours: [0xe30707, 0xe09a19],
          portal: drips + "Abyss%20of%20Demons%20Portal.png"),
    entry("HEROIC_ABYSS_OF_DEMONS", "Heroic Abyss of Demons", .heroic, emoji: 711431861678637129,
          keys: ["HEROIC_ABYSS_OF_DEMONS_KEY"], colours: [0xe30707, 0xe09a19, 0xf5d311],
          portal: "https://i.imgur.com/zz6D2lz.png"),
    entry("MANOR_OF_THE_IMMORTALS", "Manor of the Immortals", .godland, emoji: 561248700337225759,
          keys: ["MANOR_OF_THE_IMMORTALS_KEY"], colours: [0, 0x4b2078, 0x8b4fc9, 0x3f2e52],
          portal: drips + "Manor%20of%20the%20Immortals%20Portal.png"),
    entry("PUPPET_MASTERS_THEATRE", "Puppet Master's Theatre", .mini, emoji: 561248700408791051,
          keys: ["PUPPET_MASTERS_THEATRE_KEY"], colours: [0xe31b1f, 0xad3638],
          portal: drips + "Puppet%20Theatre%20Portal.png"),
    entry("TOXIC_SEWERS", "Toxic Sewers", .event, emoji: 561248701213835265, keys: ["TOXIC_SEWERS_KEY"],
          colours: [0x074f2a, 0x228753], portal: drips + "Toxic%20Sewers%20Portal.png"),
    entry("HAUNTED_CEMETERY", "Haunted Cemetery", .event, emoji: 561248700693741578,
          keys: ["HAUNTED_CEMETERY_KEY"], colours: [0x0e9c53],
          portal: discordAttachments + "561248253836787717/Haunted_Cemetery_Portal.png"),
    entry("MAD_LAB", "Mad Lab", .godland, emoji: 561248700899262469, keys: ["MAD_LAB_KEY"],
          colours: [0x06bd5f, 0x0db4ba], portal: discordAttachments + "561248331695915018/Mad_Lab_Portal.png"),
]

private let eventAndEpic: [Dungeon] = [
    entry("PARASITE_CHAMBERS", "Parasite Chambers", .event, emoji: 561248700727558144,
          keys: ["PARASITE_CHAMBERS_KEY"], colours: [0xbf1d4b, 0x7d1935, 0xeb1551],
          portal: discordAttachments + "561248332635439136/Parasite.png"),
    entry("DAVY_JONES_LOCKER", "Davy Jones' Locker", .event, emoji: 561248700295544883,
          keys: ["DAVY_JONES_LOCKER_KEY"], colours: [0x2376a6],
          portal: drips + "Davy%20Jones's%20Locker%20Portal.png"),
    entry("MOUNTAIN_TEMPLE", "Mountain Temple", .event, emoji: 561248700769239076,
          keys: ["MOUNTAIN_TEMPLE_KEY"], colours: [0x12634e], portal: "https://i.imgur.com/SY0Jtnp.png"),
    entry("LAIR_OF_DRACONIS", "Lair of Draconis", .event, emoji: 561248700672901120,
          keys: ["LAIR_OF_DRACONIS_KEY"], colours: [0x1ec7b6, 0x1fab46, 0xc42727, 0xffffff, 0x1e1adb],
          portal: drips + "Consolation%20of%20Draconis%20Portal.png"),
    entry("DEADWATER_DOCKS", "Deadwater Docks", .epic, emoji: 561248700324773909,
          keys: ["DEADWATER_DOCKS_KEY"], colours: [0xe4e4f5, 0xded799], portal: drips + "Deadwater%20Docks.png"),
    entry("WOODLAND_LABYRINTH", "Woodland Labyrinth", .epic, emoji: 561248701440589824, keys: [],
          colours: [0x31d43c, 0x3eb847], portal: drips + "Woodland%20Labyrinth.png"),
    entry("CRAWLING_DEPTHS", "Crawling Depths", .epic, emoji: 561248701591322644,
          keys: ["CRAWLING_DEPTHS_KEY"], colours: [0x3eb847, 0x1dcf2a],
          portal: drips + "The%20Crawling%20Depths.png"),
    entry("OCEAN_TRENCH", "Ocean Trench", .event, emoji: 561248700601466891, keys: ["OCEAN_TRENCH_KEY"],
          colours: [0x25c1cc, 0x188ec4, 0xd41c78], portal: drips + "Ocean%20Trench%20Portal.png"),
    entry("ICE_CAVE", "Ice Cave", .event, emoji: 561248701276880918, keys: ["ICE_CAVE_KEY"],
          colours: [0x2491b3, 0xe1f0f5, 0x79c7e0], portal: drips + "Ice%20Cave%20Portal.png"),
    entry("TOMB_OF_THE_ANCIENTS", "Tomb of the Ancients", .event, emoji: 561248700723363860,
          keys: ["TOMB_OF_THE_ANCIENTS_KEY"], colours: [0xebed55, 0xc7c91c, 0x28b84c, 0x17adab],
          portal: drips + "Tomb%20of%20the%20Ancients%20Portal.png"),
]

private let mini: [Dungeon] = [
    entry("LAIR_OF_SHAITAN", "Lair of Shaitan", .mini, emoji: 561248700828090388,
          keys: ["LAIR_OF_SHAITANS_KEY"], colours: [0xd92130, 0xe0912f],
          portal: drips + "Lair%20of%20Shaitan%20Portal.png"),
    entry("PUPPET_MASTERS_ENCORE", "Puppet Master's Encore", .mini, emoji: 561248700723101696,
          keys: ["PUPPET_MASTERS_ENCORE_KEY"], colours: [0x912121], portal: drips + "Puppet%20Encore%20Portal.png"),
    entry("CNIDARIAN_REEF", "Cnidarian Reef", .mini, emoji: 561250455284350998, keys: ["CNIDARIAN_REEF_KEY"],
          colours: [0xf5b120, 0x1980a6], portal: "https://i.imgur.com/qjd04By.png"),
    entry("SECLUDED_THICKET", "Secluded Thicket", .mini, emoji: 561248701402578944,
          keys: ["SECLUDED_THICKET_KEY"], colours: [0x289e67, 0x14a341], portal: "https://i.imgur.com/8vEAT8t.png"),
    entry("HIGH_TECH_TERROR", "High Tech Terror", .mini, emoji: 767844930017034261,
          keys: ["HIGH_TECH_TERROR_KEY"], colours: [0x06bd5f, 0x0db4ba], portal: "https://i.imgur.com/93SyT24.gif"),
    entry("BATTLE_FOR_THE_NEXUS", "Battle for the Nexus", .mini, emoji: 561248700588883979,
          keys: ["BATTLE_FOR_THE_NEXUS_KEY"], colours: [0xdfe30e], portal: drips + "Battle%20Nexus%20Portal.png"),
    entry("BELLADONNAS_GARDEN", "Belladonna's Garden", .mini, emoji: 561248700693741569,
          keys: ["BELLADONNAS_GARDEN_KEY"], colours: [0xd42c56, 0x08d41d], portal: "https://i.imgur.com/VTXGPSy.png"),
    entry("ICE_TOMB", "Ice Tomb", .mini, emoji: 561248700270116869, keys: ["ICE_TOMB_KEY"],
          colours: [0x1ab8b5, 0x23deda], portal: drips + "Ice%20Tomb%20Portal.png"),
    entry("MAD_GOD_MAYHEM", "Mad God Mayhem", .mini, emoji: 561248700647604227, keys: ["MAD_GOD_MAYHEM_KEY"],
          colours: [0x13a813, 0x2a852a], portal: "https://i.imgur.com/jnHUonE.gif"),
    entry("HIDDEN_INTERREGNUM", "Hidden Interregnum", .mini, emoji: 1016739853913829426,
          keys: ["HIDDEN_INTERREGUM_KEY"], colours: [0xBD6592, 0x943B71, 0xD99BB2],
          portal: "https://i.imgur.com/vTtkvcA.png"),
    entry("MACHINE", "Machine", .mini, emoji: 572596351204982784, keys: ["MACHINE_KEY"],
          colours: [0x2ade2a, 0x0ffc0f], portal: "https://i.imgur.com/0PyfYHr.png"),
    entry("CURSED_LIBRARY", "Cursed Library", .godland, emoji: 576610298262454316, keys: ["CURSED_LIBRARY_KEY"],
          colours: [0x1b8094], portal: discordAttachments + "576610932126515211/LibCursed.gif"),
    entry("REALM_DUNGEON", "Realm Dungeons", .basic, emoji: 574080648000569353, keys: ["REALM_DUNGEON_KEY"],
          colours: [0x1dbfaa], portal: drips + "Pirate%20Cave%20Portal.png"),
]

private let exaltation: [Dungeon] = [
    entry("MOONLIGHT VILLAGE", "Moonlight Village", .exaltation, emoji: 1089896886963556352,
          keys: ["MOONLIGHT_VILLAGE_KEY"], others: ["MSEAL", "CURSE", "ARMOR_BREAK", "FUNGAL_TOME", "WARRIOR", "PALADIN"],
          colours: [0xF39D43, 0xE00003, 0x4B91EC, 0xf19ab0], portal: "https://i.imgur.com/CHV8p21.png"),
    entry("STEAMWORKS", "Steamworks", .exaltation, emoji: 1051549087574544404, keys: ["STEAMWORKS_KEY"],
          others: ["CURSE", "MSEAL", "ARMOR_BREAK"] + raidClasses + ["TRICKSTER", "MYSTIC"],
          colours: [0xC0C0C0, 0x808080, 0xFF00FF], portal: "https://i.imgur.com/ItKUC5A.png"),
    entry("ADVANCED STEAMWORKS", "Advanced Steamworks", .exaltation, emoji: 1158160675105935440,
          keys: ["ADVANCED_STEAMWORKS_KEY"],
          others: ["CURSE", "MSEAL", "ARMOR_BREAK"] + raidClasses + ["TRICKSTER", "MYSTIC"],
          colours: [0xC0C0C0, 0x808080, 0xFF00FF], portal: "https://i.imgur.com/8WyDft8.png"),
    entry("SHATTERS", "Shatters", .exaltation, emoji: 561744041532719115, keys: ["SHATTERS_KEY"],
          others: ["RUSHING_CLASS", "MSEAL", "ARMOR_BREAK", "SLOW", "CURSE"],
          colours: [0x137d13, 0x054205], portal: "https://i.imgur.com/KtOxGpW.png"),
    entry("NEST", "Nest", .exaltation, emoji: 585617025909653524, keys: ["NEST_KEY"],
          others: ["QUIVER_THUNDER", "ARMOR_BREAK"] + raidClasses + ["PRIEST", "MYSTIC", "SLOW"],
          colours: [0xed9121, 0x18c7db, 0xe3e019, 0xbd0d30], portal: "https://i.imgur.com/WQ95Y0j.png"),
    entry("ADVANCED_NEST", "Advanced Nest", .exaltation, emoji: 1158159293657399356, keys: ["ADVANCED_NEST_KEY"],
          others: ["QUIVER_THUNDER", "ARMOR_BREAK"] + raidClasses + ["PRIEST", "MYSTIC", "SLOW"],
          colours: [0xed9121, 0x18c7db, 0xe3e019, 0xbd0d30], portal: "https://i.imgur.com/oieOJGo.png"),
    entry("CULTIST_HIDEOUT", "Cultist Hideout", .exaltation, emoji: 585613559254482974, keys: ["LOST_HALLS_KEY"],
          others: ["RUSHING_CLASS", "MSEAL", "CURSE", "QUIVER_THUNDER", "ARMOR_BREAK"] + raidClasses + ["TRICKSTER"],
          colours: [0xcf0c16, 0x8110c7, 0xd3d61c, 0x18adb5, 0xebf2f2], portal: "https://i.imgur.com/on1ykYB.png"),
    entry("THE_VOID", "Void", .exaltation, emoji: 612336193761443900,
          keys: ["LOST_HALLS_KEY", "VIAL_OF_PURE_DARKNESS"],
          others: ["CURSE", "MSEAL", "ARMOR_BREAK"] + raidClasses + ["SAMURAI", "BARD", "PRIEST", "TRICKSTER"],
          colours: [0x0810ff], portal: "https://i.imgur.com/uhDj0M5.png"),
    entry("LOST_HALLS", "Lost Halls", .exaltation, emoji: 1001196975200407623,
          keys: ["CULT_KEY", "VOID_KEY", "VIAL_OF_PURE_DARKNESS"],
          others: ["CURSE", "MSEAL", "ARMOR_BREAK"] + raidClasses + ["SAMURAI", "BARD", "PRIEST", "TRICKSTER"],
          colours: [0xCCCCCC], portal: "https://i.imgur.com/uhDj0M5.png"),
    entry("FUNGAL_CAVERN", "Fungal Cavern", .exaltation, emoji: 609078085945655296, keys: ["FUNGAL_CAVERN_KEY"],
          others: ["QUIVER_THUNDER", "SLOW", "CURSE", "MSEAL", "ARMOR_BREAK"] + raidClasses + ["TRICKSTER", "MYSTIC"],
          colours: [0xd9360d, 0x15a8b0, 0x24a353, 0xc71c91], portal: "https://i.imgur.com/CLzxdEM.png"),
    entry("SPECTRAL_PENITENTIARY", "Spectral Penitentiary", .exaltation, emoji: 1290096126850105426,
          keys: ["SPECTRAL_KEY"],
          others: ["QUIVER_THUNDER", "SLOW", "CURSE", "MSEAL", "ARMOR_BREAK"] + raidClasses + ["TRICKSTER", "MYSTIC"],
          colours: [0x001e28, 0x58dd85, 0x30b2aa, 0x124a69], portal: "https://i.imgur.com/RVWq9ua.png"),
    entry("ICE_CITADEL", "Ice Citadel", .exaltation, emoji: 1394830571431137362, keys: ["CITADEL_KEY"],
          others: ["QUIVER_THUNDER", "SLOW", "CURSE", "MSEAL", "ARMOR_BREAK"] + raidClasses + ["TRICKSTER", "MYSTIC"],
          colours: [0x1b5a74, 0xb7e1f6, 0xbab294, 0xffffff], portal: "https://i.imgur.com/Ma5cQyB.png"),
    entry("ORYX_3", "Oryx 3", .exaltation, emoji: 711426860051071067,
          keys: ["WC_INC", "SHIELD_RUNE", "SWORD_RUNE", "HELM_RUNE"],
          others: ["TRICKSTER", "MSEAL", "ARMOR_BREAK", "CURSE", "DPS_RANGED"] + raidClasses
              + ["PRIEST", "BARD", "MYSTIC", "SLOW"],
          colours: [0xb5471b, 0x000000], portal: "https://i.imgur.com/JGnMCv2.gif"),
]
