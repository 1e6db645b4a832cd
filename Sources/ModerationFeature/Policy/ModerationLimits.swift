/// The incumbent's input limits for moderation (§1.2, §1.3, §6.4, §6.7).
enum ModerationLimits {
    /// Reasons: 1–500 characters (the `punishment.reason` CHECK).
    static let reason = 500
    /// Notes: 1–1000 characters (the `note.note_text` CHECK).
    static let note = 1000
    /// `/purge` deletes 1–25 messages.
    static let purge = 1...25
    /// `/unban` takes a user id of 17–19 digits.
    static let userIDDigits = 17...19
}
