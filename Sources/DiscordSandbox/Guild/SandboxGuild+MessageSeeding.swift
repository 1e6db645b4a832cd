import DiscordModels

/// Messages a test places in history by hand: an old one (its snowflake stamped in the past, as
/// Discord's are) or a pinned one, which `/purge` must skip or report.
extension SandboxGuild {
    /// Posts `content` as `authorID` with a snowflake stamped at `unixMilliseconds`, optionally pinned.
    @discardableResult
    public func postMessage(in channelID: Snowflake, as authorID: Snowflake, content: String, at unixMilliseconds: Int64,
                            pinned: Bool = false) -> SandboxMessage {
        let stamp = UInt64(unixMilliseconds) - Snowflake.discordEpochMilliseconds
        let id = Snowflake(rawValue: stamp << 22 | UInt64(messageTable[channelID, default: []].count + 2))
        var fields: [String: JSONValue] = ["content": .string(content)]
        if pinned { fields["pinned"] = .bool(true) }
        let message = SandboxMessage(id: id, channelID: channelID, author: users[authorID] ?? bot, fields: fields)
        messageTable[channelID, default: []].append(message)
        messageTable[channelID]?.sort { $0.id < $1.id }
        return message
    }
}
