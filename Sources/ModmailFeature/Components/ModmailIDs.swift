import BotKit

/// The modmail buttons' custom_ids (§2.8): the preview's Send and Cancel carry the member's id,
/// Close carries the ticket id; everything else is read from SQLite, so they work after a restart.
enum ModmailIDs {
    /// `v1:modmail:confirm:<userID>`.
    static let confirm = CustomIDSchema("modmail", "confirm", [.snowflake])
    /// `v1:modmail:cancel:<userID>`.
    static let cancel = CustomIDSchema("modmail", "cancel", [.snowflake])
    /// `v1:modmail:close:<ticketID>`.
    static let close = CustomIDSchema("modmail", "close", [.token])

    /// The incumbent's BUTTON_MODMAIL limit: 3 presses per 15 s, shared by every modmail button.
    static let rateLimit = RateLimit("modmail:action", RateLimitPreset(
        name: "BUTTON_MODMAIL", maximum: 3, window: .seconds(15), message: "⏳ You're using modmail buttons too quickly."))

    /// Send and Cancel of one member's draft exclude each other (and a double click).
    static func draftLock(_ id: CustomID) throws -> ButtonLockKey { ButtonLockKey("modmail:draft:\(id.arguments[0])") }
    /// Two staff closing one ticket at once.
    static func ticketLock(_ id: CustomID) throws -> ButtonLockKey { ButtonLockKey("modmail:ticket:\(id.arguments[0])") }
}
