import FeatureKit
import BotKit
import DiscordModels

/// Reads `/setroles` and `/setchannels` options: one optional option per mapping key, named by the key.
enum MappingOptions {
    /// The option definitions, one per key in display order.
    static func definitions<Key: GuildMappingKey>(_ type: ApplicationCommandOptionType, for key: Key.Type,
                                                  channelTypes: [ChannelType]? = nil) -> [ApplicationCommandOption] {
        Key.allCases.map { key in
            ApplicationCommandOption(type: type, name: key.rawValue, description: key.summary, required: false,
                                     channelTypes: channelTypes)
        }
    }

    /// The keys the member filled in, with the chosen ids; unknown option names are ignored.
    static func updates<Key: GuildMappingKey>(_ data: ApplicationCommandData?, as key: Key.Type) -> [Key: Snowflake] {
        (data?.leafOptions ?? []).reduce(into: [:]) { updates, option in
            if let key = Key(rawValue: option.name), let id = option.value?.snowflakeValue { updates[key] = id }
        }
    }

    /// Refuses an empty update: at least one option must be given.
    static func requireSome<Key: GuildMappingKey>(_ updates: [Key: Snowflake], noun: String) throws {
        guard updates.isEmpty else { return }
        throw BotKitError(.validation, detail: "no \(noun) options",
                          userMessage: "⚠️ No \(noun) updates provided. Choose at least one \(noun) to map.")
    }
}
