import BotKit

/// The verification buttons' custom_ids: the panel's Get Verified carries nothing (it works on any
/// panel ever posted, after any restart); the DM buttons carry the member's id, and everything else
/// is read from the session row.
enum VerificationIDs {
    /// `v1:verification:get_verified` on the panel.
    static let getVerified = CustomIDSchema("verification", "get_verified")
    /// `v1:verification:realmeye:<userID>`: choose the RealmEye method.
    static let realmEye = CustomIDSchema("verification", "realmeye", [.snowflake])
    /// `v1:verification:manual:<userID>`: choose the manual screenshot method.
    static let manual = CustomIDSchema("verification", "manual", [.snowflake])
    /// `v1:verification:done:<userID>`: the code is in the description, check it.
    static let done = CustomIDSchema("verification", "done", [.snowflake])
    /// `v1:verification:cancel:<userID>`.
    static let cancel = CustomIDSchema("verification", "cancel", [.snowflake])

    /// `v1:verification:approve:<userID>` on a review ticket: opens the IGN-confirming modal.
    static let approve = CustomIDSchema("verification", "approve", [.snowflake])
    /// `v1:verification:deny:<userID>` on a review ticket: opens the reason modal.
    static let deny = CustomIDSchema("verification", "deny", [.snowflake])
    /// The Approve modal (field `ign`).
    static let approveModal = CustomIDSchema("verification", "approve_modal", [.snowflake])
    /// The Deny modal (field `reason`).
    static let denyModal = CustomIDSchema("verification", "deny_modal", [.snowflake])

    /// The incumbent's verification button limit: 3 presses per 10 s per member.
    static let rateLimit = RateLimit("verification:action", RateLimitPreset(
        name: "BUTTON_VERIFICATION", maximum: 3, window: .seconds(10), message: "⏳ Slow down: try again in a few seconds."))

    /// Two reviewers deciding one member's ticket at once (a double press on Approve).
    static func reviewLock(_ id: CustomID) throws -> ButtonLockKey { ButtonLockKey("verification:review:\(id.arguments.first ?? "")") }

    /// One member's verification buttons exclude each other (Done twice, Done with Cancel).
    static func memberLock(_ id: CustomID) throws -> ButtonLockKey { ButtonLockKey("verification:\(id.arguments.first ?? "panel")") }
}
