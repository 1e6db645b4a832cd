#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DiscordModels

/// What a `/setroles` or `/setchannels` write did: the mapping before, the updates asked for and the
/// mapping after, read in the same transaction.
public struct MappingChange<Key: GuildMappingKey>: Sendable {
    /// The mapping before the write.
    public var previous: [Key: Snowflake]
    /// The keys the actor set.
    public var updates: [Key: Snowflake]
    /// The mapping after the write.
    public var current: [Key: Snowflake]

    /// Creates a change.
    public init(previous: [Key: Snowflake], updates: [Key: Snowflake], current: [Key: Snowflake]) {
        self.previous = previous
        self.updates = updates
        self.current = current
    }

    /// The keys whose value actually changed, in key order.
    public var changedKeys: [Key] {
        updates.keys.filter { previous[$0] != updates[$0] }.sorted { $0.rawValue < $1.rawValue }
    }

    /// The audit row's `meta`: `{"current":{…},"previous":{…},"updates":{…}}`, ids as strings.
    public var auditJSON: String {
        let object = ["previous": Self.strings(previous), "updates": Self.strings(updates), "current": Self.strings(current)]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let bytes = try? encoder.encode(object) else { return "{}" }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func strings(_ mapping: [Key: Snowflake]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: mapping.map { ($0.key.rawValue, $0.value.description) })
    }
}
