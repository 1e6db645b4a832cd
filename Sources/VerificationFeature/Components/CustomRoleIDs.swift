import BotKit
import DiscordModels

/// The custom-role buttons' custom_ids (§2.7): the panel's carries its configuration id, the
/// ticket's carry the session id; everything else is read from SQLite, so they work after a restart.
enum CustomRoleIDs {
    /// `v1:customrole:get_verified:<configID>` on a role panel.
    static let getVerified = CustomIDSchema("customrole", "get_verified", [.snowflake])
    /// `v1:customrole:approve:<sessionID>` on a ticket.
    static let approve = CustomIDSchema("customrole", "approve", [.snowflake])
    /// `v1:customrole:deny:<sessionID>` on a ticket: opens the reason modal.
    static let deny = CustomIDSchema("customrole", "deny", [.snowflake])
    /// The Deny modal (field `reason`).
    static let denyModal = CustomIDSchema("customrole", "deny_modal", [.snowflake])

    /// The panel button's bucket (the incumbent's `customrole:start`), with verification's preset.
    static let startRateLimit = RateLimit("customrole:start", VerificationIDs.rateLimit.preset)

    /// Approve and the Deny modal of one session exclude each other (a double press decides once).
    static func reviewLock(_ id: CustomID) throws -> ButtonLockKey { ButtonLockKey("customrole:review:\(id.arguments.first ?? "")") }

    /// The database id a custom_id carries.
    static func rowID(_ context: InteractionContext) throws -> Int64 {
        guard let id = context.customID else { throw BotKitError(.malformedComponent, detail: "custom role without id") }
        return Int64(clamping: try id.snowflake(0).rawValue)
    }

    /// The wire id of `schema` for row `id`.
    static func wire(_ schema: CustomIDSchema, _ id: Int64) -> String { schema.wire([String(id)]) }
}
