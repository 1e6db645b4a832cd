import CivilTime
import DiscordModels

/// The in-memory guild behind the sandbox: channels, roles, members and messages that REST calls
/// change and tests read or seed. An actor because the server and the test touch it concurrently.
public actor SandboxGuild {
    /// The guild's snowflake.
    public nonisolated let id: Snowflake
    /// The guild's name.
    public nonisolated let name: String
    /// The bot's user (its id is the application id).
    public nonisolated let bot: SandboxUser

    var users: [Snowflake: SandboxUser] = [:]
    var memberTable: [Snowflake: SandboxMember] = [:]
    var roleTable: [Snowflake: SandboxRole] = [:]
    var channelTable: [Snowflake: SandboxChannel] = [:]
    var messageTable: [Snowflake: [SandboxMessage]] = [:]
    var banTable: [Snowflake: String?] = [:]
    var dmChannelByUser: [Snowflake: Snowflake] = [:]
    var commandTable: [String: [JSONValue]] = [:]
    /// The guild owner, whom nobody can moderate.
    public internal(set) var ownerID: Snowflake
    private var lastMintedMilliseconds: UInt64 = 0

    /// Creates the guild with the default raid-community seed (see `SandboxGuild+Seed`).
    init(configuration: SandboxConfiguration) async {
        id = configuration.guildID
        name = configuration.guildName
        bot = SandboxUser(id: configuration.applicationID, username: configuration.botUsername, isBot: true)
        ownerID = bot.id
        seedDefaults()
    }

    /// A new unique snowflake stamped with the current time, as Discord's are (a bot may judge an
    /// interaction's age by it), and at least 1 ms after the previous one (unique, ordered).
    public func mintID() -> Snowflake {
        let now = UInt64(SystemBotClock().unixMilliseconds()) - Snowflake.discordEpochMilliseconds
        lastMintedMilliseconds = max(lastMintedMilliseconds + 1, now)
        return Snowflake(rawValue: lastMintedMilliseconds << 22 | 1)
    }

    // MARK: Reading

    /// Every member, ordered by id.
    public var members: [SandboxMember] { memberTable.values.sorted { $0.id < $1.id } }
    /// Every role, lowest position first.
    public var roles: [SandboxRole] { roleTable.values.sorted { ($0.position, $0.id) < ($1.position, $1.id) } }
    /// Every guild channel and thread (DMs excluded), ordered by id.
    public var channels: [SandboxChannel] {
        channelTable.values.filter { $0.kind != .directMessage }.sorted { $0.id < $1.id }
    }
    /// Banned user ids with the audit reason given.
    public var bans: [Snowflake: String?] { banTable }
    /// The guild-scoped application commands last registered for `applicationID` (bulk overwrite).
    public func registeredCommands(scope: String) -> [JSONValue] { commandTable[scope] ?? [] }

    /// The member with this user id.
    public func member(_ id: Snowflake) -> SandboxMember? { memberTable[id] }
    /// The member whose username (or nickname) is `name`.
    public func member(named name: String) -> SandboxMember? {
        memberTable.values.first { $0.user.username == name || $0.nick == name }
    }
    /// The role with this id.
    public func role(_ id: Snowflake) -> SandboxRole? { roleTable[id] }
    /// The role named `name`.
    public func role(named name: String) -> SandboxRole? { roleTable.values.first { $0.name == name } }
    /// The channel (or thread, or DM) with this id.
    public func channel(_ id: Snowflake) -> SandboxChannel? { channelTable[id] }
    /// The guild channel named `name`.
    public func channel(named name: String) -> SandboxChannel? {
        channelTable.values.first { $0.name == name && $0.kind != .directMessage }
    }
    /// The DM channel the bot opened with `userID`, if any.
    public func dmChannel(with userID: Snowflake) -> SandboxChannel? {
        dmChannelByUser[userID].flatMap { channelTable[$0] }
    }
    /// The messages in a channel, oldest first.
    public func messages(in channelID: Snowflake) -> [SandboxMessage] { messageTable[channelID] ?? [] }
    /// The message with this id, in whichever channel holds it.
    public func message(_ id: Snowflake) -> SandboxMessage? {
        for list in messageTable.values { if let hit = list.first(where: { $0.id == id }) { return hit } }
        return nil
    }
    /// A user the sandbox knows (member or not).
    public func user(_ id: Snowflake) -> SandboxUser? { users[id] }

    /// The member's guild-level permissions: @everyone plus their roles; administrator means all.
    public func permissions(of memberID: Snowflake) -> Permissions {
        guard let member = memberTable[memberID] else { return [] }
        if memberID == ownerID { return Permissions(rawValue: .max) }
        let granted = ([id] + member.roleIDs).compactMap { roleTable[$0]?.permissions }
            .reduce(into: Permissions()) { $0.formUnion($1) }
        return granted.contains(.administrator) ? Permissions(rawValue: .max) : granted
    }

    /// The position of the member's highest role (0 for @everyone only).
    public func highestRolePosition(of memberID: Snowflake) -> Int {
        memberTable[memberID]?.roleIDs.compactMap { roleTable[$0]?.position }.max() ?? 0
    }

    // MARK: Seeding

    /// Adds a member (and its user) with the given roles; returns it.
    @discardableResult
    public func addMember(username: String, roles: [Snowflake] = [], nick: String? = nil,
                          acceptsDMs: Bool = true, isBot: Bool = false) -> SandboxMember {
        let user = SandboxUser(id: mintID(), username: username, isBot: isBot, acceptsDMs: acceptsDMs)
        users[user.id] = user
        let member = SandboxMember(user: user, nick: nick, roleIDs: roles)
        memberTable[user.id] = member
        return member
    }

    /// Adds `count` members named `prefix0`, `prefix1`, … with the given roles (raid-sized crowds).
    @discardableResult
    public func addMembers(count: Int, prefix: String = "raider", roles: [Snowflake] = []) -> [SandboxMember] {
        (0..<count).map { addMember(username: "\(prefix)\($0)", roles: roles) }
    }

    /// Adds a role at `position`; returns it.
    @discardableResult
    public func addRole(name: String, permissions: Permissions = [], position: Int, color: Int = 0) -> SandboxRole {
        let role = SandboxRole(id: mintID(), name: name, permissions: permissions, position: position, color: color)
        roleTable[role.id] = role
        return role
    }

    /// Adds a channel; returns it.
    @discardableResult
    public func addChannel(name: String, kind: SandboxChannel.Kind = .text, parentID: Snowflake? = nil) -> SandboxChannel {
        let channel = SandboxChannel(id: mintID(), name: name, kind: kind, parentID: parentID,
                                     position: channelTable.count)
        channelTable[channel.id] = channel
        return channel
    }

    /// Posts a message as `authorID` (a member, or the bot) without going through REST.
    @discardableResult
    public func postMessage(in channelID: Snowflake, as authorID: Snowflake, content: String,
                            components: [JSONValue] = []) -> SandboxMessage {
        let author = users[authorID] ?? bot
        var fields: [String: JSONValue] = ["content": .string(content)]
        if !components.isEmpty { fields["components"] = .array(components) }
        let message = SandboxMessage(id: mintID(), channelID: channelID, author: author, fields: fields)
        messageTable[channelID, default: []].append(message)
        return message
    }

    /// Replaces a member's state (roles, nick, timeout) directly, as a moderator in the client would.
    public func update(_ member: SandboxMember) {
        memberTable[member.id] = member
        users[member.id] = member.user
    }

    /// Removes a member (they left the guild).
    public func removeMember(_ id: Snowflake) {
        memberTable[id] = nil
    }
}
