/// The kind of a channel, threads included; unknown kinds are kept.
public enum ChannelType: DiscordEnum {
    /// 0: guild text channel.
    case guildText
    /// 1: direct message.
    case dm
    /// 2: guild voice channel.
    case guildVoice
    /// 3: group DM.
    case groupDM
    /// 4: category.
    case guildCategory
    /// 5: announcement channel.
    case guildAnnouncement
    /// 10: thread in an announcement channel.
    case announcementThread
    /// 11: public thread.
    case publicThread
    /// 12: private thread.
    case privateThread
    /// 13: stage channel.
    case guildStageVoice
    /// 14: hub directory.
    case guildDirectory
    /// 15: forum.
    case guildForum
    /// 16: media channel.
    case guildMedia
    /// A kind this version does not know.
    case unknown(Int)

    /// Maps Discord's number to a case.
    public init(rawValue: Int) {
        switch rawValue {
        case 0: self = .guildText
        case 1: self = .dm
        case 2: self = .guildVoice
        case 3: self = .groupDM
        case 4: self = .guildCategory
        case 5: self = .guildAnnouncement
        case 10: self = .announcementThread
        case 11: self = .publicThread
        case 12: self = .privateThread
        case 13: self = .guildStageVoice
        case 14: self = .guildDirectory
        case 15: self = .guildForum
        case 16: self = .guildMedia
        default: self = .unknown(rawValue)
        }
    }

    /// Discord's number for this kind.
    public var rawValue: Int {
        switch self {
        case .guildText: 0
        case .dm: 1
        case .guildVoice: 2
        case .groupDM: 3
        case .guildCategory: 4
        case .guildAnnouncement: 5
        case .announcementThread: 10
        case .publicThread: 11
        case .privateThread: 12
        case .guildStageVoice: 13
        case .guildDirectory: 14
        case .guildForum: 15
        case .guildMedia: 16
        case .unknown(let value): value
        }
    }

    /// True for the three thread kinds.
    public var isThread: Bool {
        switch self {
        case .announcementThread, .publicThread, .privateThread: true
        default: false
        }
    }
}
