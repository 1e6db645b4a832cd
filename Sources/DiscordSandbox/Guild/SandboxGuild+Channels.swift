import DiscordModels

/// Channel, thread and command-registration changes REST calls make.
extension SandboxGuild {
    /// Creates a guild channel from `POST /guilds/{id}/channels`.
    func createChannel(fields: [String: JSONValue]) throws -> SandboxChannel {
        guard let name = fields["name"]?.asString, !name.isEmpty else {
            throw DiscordFailure.invalidForm([MessageLimitCheck.required(["name"])])
        }
        let kind = SandboxChannel.Kind(rawValue: fields["type"]?.asInt ?? 0) ?? .text
        var channel = addChannel(name: name, kind: kind, parentID: fields["parent_id"]?.asSnowflake)
        channel.topic = fields["topic"]?.asString
        channelTable[channel.id] = channel
        return channel
    }

    /// Applies `PATCH /channels/{id}` (name, topic, parent, archived for threads).
    func editChannel(_ channelID: Snowflake, fields: [String: JSONValue]) throws -> SandboxChannel {
        guard var channel = channelTable[channelID] else { throw DiscordFailure.unknownChannel }
        if let name = fields["name"]?.asString { channel.name = name }
        if let topic = fields["topic"] { channel.topic = topic.asString }
        if let parent = fields["parent_id"] { channel.parentID = parent.asSnowflake }
        if let archived = fields["archived"]?.asBool { channel.archived = archived }
        channelTable[channelID] = channel
        return channel
    }

    /// Deletes a channel (or closes a DM) and its messages.
    func deleteChannel(_ channelID: Snowflake) throws -> SandboxChannel {
        guard let channel = channelTable.removeValue(forKey: channelID) else { throw DiscordFailure.unknownChannel }
        messageTable[channelID] = nil
        return channel
    }

    /// Starts a thread in a channel, optionally from a message.
    func createThread(in parentID: Snowflake, fields: [String: JSONValue], fromMessage: Snowflake?) throws -> SandboxChannel {
        guard channelTable[parentID] != nil else { throw DiscordFailure.unknownChannel }
        if let fromMessage, message(fromMessage) == nil { throw DiscordFailure.unknownMessage }
        guard let name = fields["name"]?.asString, !name.isEmpty, name.count <= 100 else {
            throw DiscordFailure.invalidForm([MessageLimitCheck.required(["name"])])
        }
        let isPrivate = fields["type"]?.asInt == SandboxChannel.Kind.privateThread.rawValue
        let thread = SandboxChannel(id: fromMessage ?? mintID(), name: name,
                                    kind: isPrivate ? .privateThread : .publicThread, parentID: parentID)
        channelTable[thread.id] = thread
        return thread
    }

    /// Replaces every command in a scope (`guild:<id>` or `global`), assigning ids, as bulk overwrite does.
    func overwriteCommands(scope: String, applicationID: Snowflake, commands: [JSONValue]) -> [JSONValue] {
        let stored = commands.map { command -> JSONValue in
            var object = command.asObject ?? [:]
            object["id"] = .id(mintID())
            object["application_id"] = .id(applicationID)
            object["version"] = .id(mintID())
            object["type"] = object["type"] ?? .int(1)
            if scope != "global" { object["guild_id"] = .id(id) }
            return .object(object)
        }
        commandTable[scope] = stored
        return stored
    }
}
