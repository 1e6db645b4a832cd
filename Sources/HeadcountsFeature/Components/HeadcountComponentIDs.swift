import FeatureKit
import RunsFeature
import BotKit
import RaidDomain

/// The typed custom_ids of the headcount panels (`v1:hc:<action>[:<headcountId>…]`). Every panel id
/// names its headcount, so a button copied onto another message is caught by comparing the two.
enum HeadcountComponentIDs {
    /// The picker's three dungeon selects (exalt, other part 1, other part 2) and its Create button.
    static let pickExalt = CustomIDSchema("hc", "pick_exalt")
    static let pickOthers1 = CustomIDSchema("hc", "pick_other1")
    static let pickOthers2 = CustomIDSchema("hc", "pick_other2")
    static let create = CustomIDSchema("hc", "create")
    /// The public panel.
    static let join = CustomIDSchema("hc", "join", [.snowflake])
    static let key = CustomIDSchema("hc", "key", [.snowflake, .token, .token])
    static let organizerPanel = CustomIDSchema("hc", "org", [.snowflake])
    /// The organizer panel and its steps.
    static let confirmAccess = CustomIDSchema("hc", "org_confirm", [.snowflake])
    static let denyAccess = CustomIDSchema("hc", "org_deny", [.snowflake])
    static let end = CustomIDSchema("hc", "end", [.snowflake])
    static let convert = CustomIDSchema("hc", "convert", [.snowflake])
    static let convertPick = CustomIDSchema("hc", "convert_pick", [.snowflake])

    /// Every schema, for tests that decode what the views draw.
    static let all = [pickExalt, pickOthers1, pickOthers2, create, join, key, organizerPanel, confirmAccess, denyAccess,
                      end, convert, convertPick]

    /// The headcount a routed component names (validated by its schema before the handler).
    static func headcountID(_ context: InteractionContext) throws -> Int64 {
        guard let raw = context.customID?.arguments.first, let value = Int64(raw), value > 0 else {
            throw forged("component without a headcount id")
        }
        return value
    }

    /// A component that does not fit the headcount it names: stale or forged.
    static func forged(_ detail: String) -> BotKitError {
        BotKitError(.staleComponent, detail: detail, userMessage: "❌ This button does not belong to this headcount.")
    }

    /// A headcount that does not exist (any more) in this guild.
    static func gone(_ id: Int64) -> BotKitError {
        BotKitError(.notFound, detail: "headcount \(id) not found", userMessage: "❌ This headcount no longer exists.")
    }

    /// The wire id of `schema` for headcount `id` (plus `extra` arguments such as dungeon and key).
    static func make(_ schema: CustomIDSchema, _ id: Int64, _ extra: [String] = []) -> String {
        schema.wire(["\(id)"] + extra)
    }

    /// The wire id of an argument-free schema (the picker).
    static func make(_ schema: CustomIDSchema) -> String {
        schema.wire([])
    }
}
