/// A guild's recently used dungeons, most recent first, at most ten (§1.1); fed by `/run`,
/// `/logrun` and `/logkey` and shown for an empty autocomplete query.
public struct RecentDungeons: Hashable, Sendable {
    /// The incumbent keeps ten.
    public static let capacity = 10

    /// Codes, most recent first, without duplicates.
    public private(set) var codes: [DungeonCode]

    /// A history, trimmed to capacity and de-duplicated keeping the most recent position.
    public init(_ codes: [DungeonCode] = []) {
        var seen = Set<DungeonCode>()
        self.codes = Array(codes.filter { seen.insert($0).inserted }.prefix(Self.capacity))
    }

    /// The history after a dungeon was used: moved (or added) to the front, the oldest dropped.
    public func recording(_ code: DungeonCode) -> RecentDungeons {
        RecentDungeons([code] + codes.filter { $0 != code })
    }
}
