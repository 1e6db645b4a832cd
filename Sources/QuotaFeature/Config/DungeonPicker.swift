import BotKit
import DiscordModels
import RaidDomain

/// The three dungeon selects of the configuration panels (§2.10, §2.11): Exaltation, then the other
/// dungeons in table order split at Discord's 25 options. A dungeon with a configured value is
/// marked with it; choosing one opens that dungeon's modal.
enum DungeonPicker {
    /// One select.
    enum Part: CaseIterable, Hashable, Sendable {
        case exalt, misc1, misc2

        /// The select's placeholder.
        var placeholder: String {
            switch self {
            case .exalt: "Exaltation Dungeons"
            case .misc1: "Other Dungeons (part 1)"
            case .misc2: "Other Dungeons (part 2)"
            }
        }

        /// The dungeons it lists.
        var dungeons: [Dungeon] {
            let others = Dungeon.all.filter { !$0.isExalt }
            switch self {
            case .exalt: return Dungeon.all.filter(\.isExalt)
            case .misc1: return Array(others.prefix(25))
            case .misc2: return Array(others.dropFirst(25).prefix(25))
            }
        }
    }

    /// The three selects, ids from `schemas` with `arguments`; `marked` dungeons show their value.
    static func rows(_ schemas: [Part: CustomIDSchema], arguments: [String], marked: [DungeonCode: Points],
                     unit: String) -> [Component] {
        Part.allCases.compactMap { part in
            guard let schema = schemas[part], !part.dungeons.isEmpty else { return nil }
            let options = part.dungeons.map { dungeon in
                SelectOption(label: dungeon.name, value: dungeon.code.rawValue,
                             description: marked[dungeon.code].map { "✏️ Set: \($0) \(unit)" })
            }
            return .actionRow(ActionRow([.selectMenu(SelectMenu(customID: schema.wire(arguments), options: options,
                                                                placeholder: part.placeholder))]))
        }
    }

    /// The dungeon chosen in a select, refused plainly when it is not one the bot knows.
    static func chosen(_ context: InteractionContext) throws -> Dungeon {
        guard let value = context.selectedValues.first, let dungeon = Dungeon.named(DungeonCode(value)) else {
            throw ConfigInput.refusal("❌ That is not a dungeon I know. Pick one from the list.")
        }
        return dungeon
    }

    /// The dungeon a modal's id names, refused plainly when unknown.
    static func named(_ code: DungeonCode) throws -> Dungeon {
        guard let dungeon = Dungeon.named(code) else {
            throw ConfigInput.refusal("❌ That is not a dungeon I know. Pick one from the list.")
        }
        return dungeon
    }
}
