import FeatureKit
import BotKit

/// The typed custom_ids of a party post (`v1:party:<action>:<partyId>`): they carry the party row,
/// not the creator, so the buttons keep working after a restart and a stale post is recognised.
enum PartyComponentIDs {
    /// Extend (green).
    static let extend = CustomIDSchema("party", "extend", [.snowflake])
    /// Close (red).
    static let close = CustomIDSchema("party", "close", [.snowflake])

    /// The party a routed button names (validated by its schema before the handler).
    static func partyID(_ context: InteractionContext) throws -> Int64 {
        guard let raw = context.customID?.arguments.first, let value = Int64(raw), value > 0 else {
            throw PartyRefusal.notOpen
        }
        return value
    }

    /// The wire id of `schema` for party `id`.
    static func make(_ schema: CustomIDSchema, _ id: Int64) -> String {
        schema.wire([String(id)])
    }
}
