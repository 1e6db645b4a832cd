/// The `/headcount` dungeon picker's three select menus (§3.8): exalt dungeons, then the others
/// split alphabetically into two halves, each list sorted by name.
public struct HeadcountPicker: Hashable, Sendable {
    /// The Exaltation select's dungeons.
    public let exalt: [Dungeon]
    /// "Other part 1": the first half of the other dungeons by name.
    public let othersFirstHalf: [Dungeon]
    /// "Other part 2": the second half.
    public let othersSecondHalf: [Dungeon]

    /// The picker over every dungeon.
    public static let standard: HeadcountPicker = {
        let byName: (Dungeon, Dungeon) -> Bool = { $0.name.lowercased() < $1.name.lowercased() }
        let others = Dungeon.all.filter { !$0.isExalt }.sorted(by: byName)
        let half = (others.count + 1) / 2
        return HeadcountPicker(exalt: Dungeon.all.filter(\.isExalt).sorted(by: byName),
                               othersFirstHalf: Array(others.prefix(half)),
                               othersSecondHalf: Array(others.dropFirst(half)))
    }()

    /// The label of a key button on a multi-dungeon headcount: the dungeon name (cut to 13
    /// characters plus "...") for single-key dungeons, else the key's short label.
    public static func multiDungeonKeyLabel(dungeon: Dungeon, key: ReactionKey) -> String {
        guard dungeon.keyReactions.count == 1 else { return key.headcountLabel == "Key" ? key.buttonLabel : key.headcountLabel }
        return dungeon.name.count > 13 ? String(dungeon.name.prefix(13)) + "..." : dungeon.name
    }
}
