/// One dungeon a run can be hosted for, as the incumbent's data table gives it (§10.8).
public struct Dungeon: Hashable, Sendable, Identifiable {
    /// The stable code, stored with every run and quota event.
    public let code: DungeonCode
    /// The display name used in embeds, role names and autocomplete.
    public let name: String
    /// The group it belongs to; decides exalt quota points and autocomplete tiers.
    public let category: DungeonCategory
    /// The custom emoji id of the dungeon's portal (used on headcount and role-ping buttons).
    public let portalEmojiID: UInt64
    /// Keys raiders can offer, in button order; empty for keyless dungeons (Woodland Labyrinth).
    public let keyReactions: [ReactionKey]
    /// Class, item and status reactions the dungeon asks for (not rendered by the incumbent).
    public let otherReactions: [ReactionKey]
    /// Embed colours; the first is the run embed's colour.
    public let colours: [UInt32]
    /// The portal image used as embed thumbnail.
    public let portalImageURL: String

    /// The code doubles as identity, so lists of dungeons diff and dedupe by it.
    public var id: DungeonCode { code }

    /// Exalt dungeons earn the quota role's exalt base points and rank above others in autocomplete.
    public var isExalt: Bool { category.isExalt }

    /// Oryx 3 runs use progression stages instead of key pops (§3.12).
    public var isOryx3: Bool { code == .oryx3 }

    /// The run embed colour: the first dungeon colour, else Discord blurple as the headcount does.
    public var embedColour: UInt32 { colours.first ?? 0x5865F2 }

    /// Key buttons to show in the post-run key-logging panel: one per key type when the dungeon has
    /// several (Oryx 3, Lost Halls, Void), else `max(1, keyPops)` (§3.5).
    public func keyLoggingSlots(keyPops: Int) -> Int {
        keyReactions.count > 1 ? keyReactions.count : max(1, keyPops)
    }
}

extension Dungeon {
    /// Every dungeon, in the incumbent's table order.
    public static var all: [Dungeon] { DungeonTable.dungeons }

    /// The dungeon for a code, or nil for an unknown or forged code.
    public static func named(_ code: DungeonCode) -> Dungeon? { DungeonTable.byCode[code] }
}
