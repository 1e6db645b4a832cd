/// The incumbent's `mapKey` for a key, class, item or status reaction (e.g. `SHATTERS_KEY`, `MSEAL`);
/// stored with key offers and used in `custom_id`s, so it stays the incumbent's exact spelling
/// (including `HIDDEN_INTERREGUM_KEY` and the mixed-case `Expose`).
public struct ReactionKey: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The map key as stored.
    public let rawValue: String

    /// Wraps a map key without checking it; look it up with `Reaction.keyed(_:)` before trusting it.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Lets the data tables and tests write keys as literals.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The key itself.
    public var description: String { rawValue }
}

/// What a reaction stands for, as the incumbent types it (§10.8).
public enum ReactionKind: String, CaseIterable, Sendable {
    /// Early location for boosters (Nitro).
    case earlyLocation = "EARLY_LOCATION"
    /// A class or role in the raid (16 classes plus DPS and rushing variants).
    case raidClass = "CLASS"
    /// A status effect a raider can bring.
    case statusEffect = "STATUS_EFFECT"
    /// An item a raider can bring.
    case item = "ITEM"
    /// A dungeon key.
    case key = "KEY"
    /// A rune, incantation or vial (nightmare keys).
    case nightmareKey = "NM_KEY"

    /// Keys and nightmare keys are what raiders offer and organizers log.
    public var isKey: Bool { self == .key || self == .nightmareKey }
}
