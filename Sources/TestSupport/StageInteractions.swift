import DiscordModels
import DiscordSandbox
import Synchronization

/// The interactions a feature-test stage hands its router, as the stand-in guild's members send
/// them: distinct ids, the member's current sandbox roles and permissions, and the stand-in's guild
/// and application; in a guild channel, or in the member's DMs when the channel is nil.
public struct StageInteractions: Sendable {
    /// The DM channel id interactions sent from DMs carry.
    public static let directMessageChannel: Snowflake = 7
    /// The message components and modals are pressed on, unless a test names another.
    public static let panelMessage: Snowflake = 900

    public let sandbox: DiscordSandbox
    /// The interaction token (the recording responder keeps it, nothing checks it).
    public let token: String
    /// Distinct, increasing ids (a restarted stage keeps counting from its predecessor's).
    public let ids: InteractionIDs

    public init(sandbox: DiscordSandbox, token: String, ids: InteractionIDs = InteractionIDs()) {
        self.sandbox = sandbox
        self.token = token
        self.ids = ids
    }

    /// `/name` with `options` (and users the client resolved) from `actor` in `channel`.
    public func command(_ name: String, _ options: [CommandInteractionOption] = [], resolved: ResolvedData? = nil,
                        as actor: SandboxMember, in channel: Snowflake? = 5) async -> Interaction {
        let data = ApplicationCommandData(id: 500, name: name, options: options, resolved: resolved,
                                          guildID: channel == nil ? nil : sandbox.configuration.guildID)
        return await interaction(.applicationCommand, .applicationCommand(data), as: actor, in: channel, message: nil)
    }

    /// A press of the button `customID`, or a choice of `values` in the select `customID`.
    public func component(_ customID: String, values: [String]? = nil, as actor: SandboxMember,
                          in channel: Snowflake? = 5, message: Snowflake? = panelMessage) async -> Interaction {
        let data = MessageComponentData(customID: customID, componentType: values == nil ? .button : .stringSelect,
                                        values: values)
        return await interaction(.messageComponent, .messageComponent(data), as: actor, in: channel, message: message)
    }

    /// The modal `customID` submitted with text `values` by field id.
    public func modal(_ customID: String, _ values: [String: String], as actor: SandboxMember,
                      in channel: Snowflake? = 5, message: Snowflake? = panelMessage) async -> Interaction {
        let fields = values.map { key, value in
            Component.label(Label(key, component: .textInput(TextInput(customID: key, style: .short, value: value))))
        }
        return await interaction(.modalSubmit, .modalSubmit(ModalSubmitData(customID: customID, components: fields)),
                                 as: actor, in: channel, message: message)
    }

    private func interaction(_ type: InteractionType, _ data: InteractionData, as actor: SandboxMember,
                             in channel: Snowflake?, message: Snowflake?) async -> Interaction {
        let user = User(id: actor.id, username: actor.user.username)
        let id = Snowflake(ids.next()), application = sandbox.configuration.applicationID
        guard let channel else {
            return Interaction(id: id, applicationID: application, type: type, data: data, guildID: nil,
                               channelID: Self.directMessageChannel, member: nil, user: user, token: token,
                               message: message.map { Message(id: $0, channelID: Self.directMessageChannel, author: nil) })
        }
        let current = await sandbox.guild.member(actor.id) ?? actor
        let member = Member(user: user, roles: current.roleIDs, permissions: await sandbox.guild.permissions(of: actor.id))
        return Interaction(id: id, applicationID: application, type: type, data: data, guildID: sandbox.configuration.guildID,
                           channelID: channel, member: member, token: token,
                           message: message.map { Message(id: $0, channelID: channel, author: nil) })
    }
}

/// Distinct, increasing ids for a test's interactions and messages.
public final class InteractionIDs: Sendable {
    private let value = Mutex<UInt64>(1_000_000)
    public init() {}
    public func next() -> UInt64 { value.withLock { $0 += 1; return $0 } }
}

/// Slash-command option builders.
public enum Option {
    public static func user(_ id: Snowflake, _ name: String = "member") -> CommandInteractionOption {
        CommandInteractionOption(name: name, type: .user, value: .string(id.description))
    }
    public static func text(_ name: String, _ value: String) -> CommandInteractionOption {
        CommandInteractionOption(name: name, type: .string, value: .string(value))
    }
    public static func integer(_ name: String, _ value: Int64) -> CommandInteractionOption {
        CommandInteractionOption(name: name, type: .integer, value: .integer(value))
    }
    public static func number(_ name: String, _ value: Double) -> CommandInteractionOption {
        CommandInteractionOption(name: name, type: .number, value: .number(value))
    }
    public static func role(_ id: Snowflake) -> CommandInteractionOption {
        CommandInteractionOption(name: "role", type: .role, value: .string(id.description))
    }
    public static func channel(_ id: Snowflake) -> CommandInteractionOption {
        CommandInteractionOption(name: "channel", type: .channel, value: .string(id.description))
    }
}

extension SandboxMessage {
    /// The first embed's title.
    public var embedTitle: String? { embeds.first?.asObject?["title"]?.asString }
    /// The first embed's description.
    public var embedDescription: String? { embeds.first?.asObject?["description"]?.asString }
}
