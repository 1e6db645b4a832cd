import DiscordModels
import RaidDomain

/// Dungeon autocomplete answers (§1.1): RaidDomain's ranking as Discord choices whose value is
/// the dungeon code, for every command with a dungeon option.
public enum DungeonChoices {
    public static func choices(for typed: CommandInteractionOption, recent: RecentDungeons = RecentDungeons())
        -> [ApplicationCommandOptionChoice] {
        DungeonSearch.suggestions(for: typed.value?.stringValue ?? "", recent: recent).map {
            ApplicationCommandOptionChoice(name: $0.name, value: .string($0.code.rawValue))
        }
    }
}
