/// Dungeon autocomplete ranking, as the incumbent ranks it (§1.1, §10.8).
public enum DungeonSearch {
    /// Discord accepts at most 25 autocomplete choices.
    public static let maximumResults = 25

    /// The dungeons to suggest for what the user has typed so far.
    /// - An empty query suggests the guild's recently used dungeons (most recent first), or the
    ///   default list when there are none.
    /// - Otherwise each dungeon scores name prefix 3 / name contains 2, plus code prefix 2 / code
    ///   contains 1; matches rank Oryx 3 first, then exalts, then the rest, each by score then name.
    public static func suggestions(for query: String, recent: RecentDungeons = RecentDungeons()) -> [Dungeon] {
        let needle = query.trimmingSpaces().lowercased()
        guard !needle.isEmpty else {
            let recentDungeons = recent.codes.compactMap(Dungeon.named)
            return recentDungeons.isEmpty ? defaultList : Array(recentDungeons.prefix(maximumResults))
        }
        let scored = Dungeon.all.compactMap { dungeon -> (Int, Dungeon)? in
            let score = matchScore(dungeon, needle)
            return score > 0 ? (score + tierBonus(dungeon), dungeon) : nil
        }
        let ranked = scored.sorted { lhs, rhs in
            lhs.0 != rhs.0 ? lhs.0 > rhs.0 : nameOrder(lhs.1, rhs.1)
        }
        return ranked.prefix(maximumResults).map(\.1)
    }

    /// Oryx 3 first, then the exalt dungeons by name: what an empty query shows with no history.
    public static var defaultList: [Dungeon] {
        let exalts = Dungeon.all.filter { $0.isExalt && !$0.isOryx3 }.sorted(by: nameOrder)
        let oryx = Dungeon.all.filter(\.isOryx3)
        return Array((oryx + exalts).prefix(maximumResults))
    }

    static func matchScore(_ dungeon: Dungeon, _ needle: String) -> Int {
        let name = dungeon.name.lowercased()
        let code = dungeon.code.rawValue.lowercased()
        let nameScore = name.hasPrefix(needle) ? 3 : (name.contains(needle) ? 2 : 0)
        let codeScore = code.hasPrefix(needle) ? 2 : (code.contains(needle) ? 1 : 0)
        return nameScore + codeScore
    }

    static func tierBonus(_ dungeon: Dungeon) -> Int {
        if dungeon.isOryx3 { return 1000 }
        return dungeon.isExalt ? 100 : 0
    }

    static func nameOrder(_ lhs: Dungeon, _ rhs: Dungeon) -> Bool {
        let left = lhs.name.lowercased(), right = rhs.name.lowercased()
        return left != right ? left < right : lhs.name < rhs.name
    }
}
