import DiscordModels

/// What members do to messages outside the bot, so tests can check the bot copes with a post
/// that vanished under it.
extension SandboxGuild {
    /// A member (a moderator tidying up) deletes `messageID` by hand; false when it did not exist.
    @discardableResult
    public func deleteMessageByHand(_ messageID: Snowflake, in channelID: Snowflake) -> Bool {
        do {
            try deleteMessage(messageID, in: channelID)
            return true
        } catch {
            return false
        }
    }
}
