/// The 18 playable classes a raider can pick on a run (§10.8), in the incumbent's menu order.
public enum RotmgClass: String, CaseIterable, Sendable, Hashable {
    /// Rogue.
    case rogue = "Rogue"
    /// Archer.
    case archer = "Archer"
    /// Wizard.
    case wizard = "Wizard"
    /// Priest.
    case priest = "Priest"
    /// Warrior.
    case warrior = "Warrior"
    /// Knight.
    case knight = "Knight"
    /// Paladin.
    case paladin = "Paladin"
    /// Assassin.
    case assassin = "Assassin"
    /// Necromancer.
    case necromancer = "Necromancer"
    /// Huntress.
    case huntress = "Huntress"
    /// Mystic.
    case mystic = "Mystic"
    /// Trickster.
    case trickster = "Trickster"
    /// Sorcerer.
    case sorcerer = "Sorcerer"
    /// Ninja.
    case ninja = "Ninja"
    /// Samurai.
    case samurai = "Samurai"
    /// Bard.
    case bard = "Bard"
    /// Summoner.
    case summoner = "Summoner"
    /// Kensei.
    case kensei = "Kensei"

    /// The class named by a select value, ignoring case and surrounding spaces; nil for anything else.
    public static func named(_ text: String) -> RotmgClass? {
        let wanted = text.trimmingSpaces().lowercased()
        return allCases.first { $0.rawValue.lowercased() == wanted }
    }
}

extension String {
    /// The text without leading and trailing whitespace and newlines, without Foundation.
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
