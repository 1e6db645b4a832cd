/// A reaction a run can ask for, from the incumbent's reaction table (§10.8).
public struct Reaction: Hashable, Sendable, Identifiable {
    /// The stable map key.
    public let key: ReactionKey
    /// What the reaction stands for.
    public let kind: ReactionKind
    /// The display name ("Shatters Key", "Marble Seal").
    public let name: String
    /// The custom emoji id; known for every key, nil where the incumbent's emoji constants are not
    /// part of the reference (classes, items, status effects, Nitro).
    public let emojiID: UInt64?
    /// Whether the incumbent flags it as an exalt key.
    public let isExaltKey: Bool

    /// The map key doubles as identity.
    public var id: ReactionKey { key }

    /// The reaction for a map key, or nil for an unknown or forged key.
    public static func keyed(_ key: ReactionKey) -> Reaction? { ReactionTable.byKey[key] }

    /// Every reaction, in the incumbent's table order.
    public static var all: [Reaction] { ReactionTable.reactions }
}

extension ReactionKey {
    /// The key button label (`formatKeyLabel`): fixed labels for runes, the incantation, the marble
    /// seal and the vial; otherwise the map key in Title Case with a trailing " Key" removed
    /// (`SHATTERS_KEY` → "Shatters").
    public var buttonLabel: String {
        switch rawValue {
        case "WC_INC": return "Inc"
        case "SHIELD_RUNE": return "Shield Rune"
        case "SWORD_RUNE": return "Sword Rune"
        case "HELM_RUNE": return "Helm Rune"
        case "MSEAL": return "MSeal"
        case "VIAL_OF_PURE_DARKNESS": return "Vial"
        default: return Self.titleCased(rawValue)
        }
    }

    /// The short label of a headcount key button: "Inc", "Shield", "Sword", "Helm", else "Key" (§3.8).
    public var headcountLabel: String {
        switch rawValue {
        case "WC_INC": return "Inc"
        case "SHIELD_RUNE": return "Shield"
        case "SWORD_RUNE": return "Sword"
        case "HELM_RUNE": return "Helm"
        default: return "Key"
        }
    }

    /// What one of these is called in a sentence (`getKeyTypeSuffix`).
    public var keyTypeSuffix: String {
        switch rawValue {
        case "WC_INC": return "Wine Cellar Incantation"
        case "SHIELD_RUNE", "SWORD_RUNE", "HELM_RUNE": return "Rune"
        default: return "Key"
        }
    }

    private static func titleCased(_ mapKey: String) -> String {
        let words = mapKey.split(whereSeparator: { $0 == "_" || $0 == " " }).map { word in
            word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }
        let label = words.joined(separator: " ")
        return label.hasSuffix(" Key") ? String(label.dropLast(4)) : label
    }
}
