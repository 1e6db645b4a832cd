/// A Discord permission bitset over 64 bits (MODERATE_MEMBERS is 1 << 40), sent as a decimal string.
public struct Permissions: OptionSet, Hashable, Sendable, CustomStringConvertible {
    /// The raw bits.
    public var rawValue: UInt64

    /// Wraps raw bits.
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The decimal form Discord sends and expects.
    public var description: String { String(rawValue) }

    /// Create invites.
    public static let createInstantInvite = Permissions(rawValue: 1 << 0)
    /// Kick members (subject to role hierarchy).
    public static let kickMembers = Permissions(rawValue: 1 << 1)
    /// Ban members (subject to role hierarchy).
    public static let banMembers = Permissions(rawValue: 1 << 2)
    /// Every permission, bypassing channel overwrites.
    public static let administrator = Permissions(rawValue: 1 << 3)
    /// Edit and delete channels.
    public static let manageChannels = Permissions(rawValue: 1 << 4)
    /// Edit guild settings.
    public static let manageGuild = Permissions(rawValue: 1 << 5)
    /// Add reactions.
    public static let addReactions = Permissions(rawValue: 1 << 6)
    /// Read the audit log.
    public static let viewAuditLog = Permissions(rawValue: 1 << 7)
    /// Priority speaker in voice.
    public static let prioritySpeaker = Permissions(rawValue: 1 << 8)
    /// Go live.
    public static let stream = Permissions(rawValue: 1 << 9)
    /// See a channel.
    public static let viewChannel = Permissions(rawValue: 1 << 10)
    /// Send messages (and create forum posts).
    public static let sendMessages = Permissions(rawValue: 1 << 11)
    /// Send text-to-speech messages.
    public static let sendTTSMessages = Permissions(rawValue: 1 << 12)
    /// Delete or pin other members' messages.
    public static let manageMessages = Permissions(rawValue: 1 << 13)
    /// Links get embedded.
    public static let embedLinks = Permissions(rawValue: 1 << 14)
    /// Upload files.
    public static let attachFiles = Permissions(rawValue: 1 << 15)
    /// Read history.
    public static let readMessageHistory = Permissions(rawValue: 1 << 16)
    /// Mention @everyone and @here.
    public static let mentionEveryone = Permissions(rawValue: 1 << 17)
    /// Use emojis from other guilds.
    public static let useExternalEmojis = Permissions(rawValue: 1 << 18)
    /// See guild insights.
    public static let viewGuildInsights = Permissions(rawValue: 1 << 19)
    /// Join voice.
    public static let connect = Permissions(rawValue: 1 << 20)
    /// Speak in voice.
    public static let speak = Permissions(rawValue: 1 << 21)
    /// Mute others in voice.
    public static let muteMembers = Permissions(rawValue: 1 << 22)
    /// Deafen others in voice.
    public static let deafenMembers = Permissions(rawValue: 1 << 23)
    /// Move others between voice channels.
    public static let moveMembers = Permissions(rawValue: 1 << 24)
    /// Use voice activity detection.
    public static let useVAD = Permissions(rawValue: 1 << 25)
    /// Change one's own nickname.
    public static let changeNickname = Permissions(rawValue: 1 << 26)
    /// Change other members' nicknames.
    public static let manageNicknames = Permissions(rawValue: 1 << 27)
    /// Create, edit and assign roles below one's highest role.
    public static let manageRoles = Permissions(rawValue: 1 << 28)
    /// Manage webhooks.
    public static let manageWebhooks = Permissions(rawValue: 1 << 29)
    /// Manage emojis, stickers and sounds.
    public static let manageGuildExpressions = Permissions(rawValue: 1 << 30)
    /// Use slash commands.
    public static let useApplicationCommands = Permissions(rawValue: 1 << 31)
    /// Request to speak in stages.
    public static let requestToSpeak = Permissions(rawValue: 1 << 32)
    /// Manage scheduled events.
    public static let manageEvents = Permissions(rawValue: 1 << 33)
    /// Delete, archive and lock threads.
    public static let manageThreads = Permissions(rawValue: 1 << 34)
    /// Create public threads.
    public static let createPublicThreads = Permissions(rawValue: 1 << 35)
    /// Create private threads.
    public static let createPrivateThreads = Permissions(rawValue: 1 << 36)
    /// Use stickers from other guilds.
    public static let useExternalStickers = Permissions(rawValue: 1 << 37)
    /// Send messages in threads.
    public static let sendMessagesInThreads = Permissions(rawValue: 1 << 38)
    /// Launch activities.
    public static let useEmbeddedActivities = Permissions(rawValue: 1 << 39)
    /// Time members out (at most 28 days).
    public static let moderateMembers = Permissions(rawValue: 1 << 40)
    /// See monetization analytics.
    public static let viewCreatorMonetizationAnalytics = Permissions(rawValue: 1 << 41)
    /// Use the soundboard.
    public static let useSoundboard = Permissions(rawValue: 1 << 42)
    /// Create emojis, stickers and sounds.
    public static let createGuildExpressions = Permissions(rawValue: 1 << 43)
    /// Create scheduled events.
    public static let createEvents = Permissions(rawValue: 1 << 44)
    /// Use sounds from other guilds.
    public static let useExternalSounds = Permissions(rawValue: 1 << 45)
    /// Send voice messages.
    public static let sendVoiceMessages = Permissions(rawValue: 1 << 46)
    /// Create polls.
    public static let sendPolls = Permissions(rawValue: 1 << 49)
    /// Use user-installed apps.
    public static let useExternalApps = Permissions(rawValue: 1 << 50)
    /// Pin messages.
    public static let pinMessages = Permissions(rawValue: 1 << 51)
    /// Bypass slowmode.
    public static let bypassSlowmode = Permissions(rawValue: 1 << 52)
}

extension Permissions: Codable {
    /// Accepts the decimal string Discord sends and, tolerantly, a JSON number.
    public init(from decoder: any Decoder) throws {
        rawValue = try DecimalStringCoding.decode(from: decoder, what: "permission set")
    }

    /// Encodes as a decimal string, as Discord requires.
    public func encode(to encoder: any Encoder) throws {
        try DecimalStringCoding.encode(rawValue, to: encoder)
    }
}
