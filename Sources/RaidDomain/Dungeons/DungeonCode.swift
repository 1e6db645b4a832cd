/// A dungeon's stable code (the incumbent's `codeName`, stored as `dungeon_key`); typed so free text
/// from an option is only trusted after `Dungeon.named(_:)` has found it. Two codes contain a space
/// (`MOONLIGHT VILLAGE`, `ADVANCED STEAMWORKS`), exactly as the incumbent stores them.
public struct DungeonCode: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The code as stored and sent as the autocomplete value.
    public let rawValue: String

    /// Wraps a code without checking it; look it up with `Dungeon.named(_:)` before trusting it.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Lets the data table and tests write codes as literals.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The code itself.
    public var description: String { rawValue }

    /// Oryx 3, the dungeon with progression stages, a required screenshot and no key pops (§3.12).
    public static let oryx3: DungeonCode = "ORYX_3"
}
