/// Thread-only state: archival and locking decide whether the bot can still post.
public struct ThreadMetadata: Codable, Hashable, Sendable {
    /// The thread is archived.
    public var archived: Bool
    /// Minutes of inactivity before auto-archive (60, 1440, 4320, 10080).
    public var autoArchiveDuration: Int
    /// When archival last changed.
    public var archiveTimestamp: DiscordTimestamp?
    /// Only MANAGE_THREADS can unarchive.
    public var locked: Bool
    /// Non-moderators can add others (private threads).
    public var invitable: Bool?

    /// Creates thread metadata.
    public init(archived: Bool = false, autoArchiveDuration: Int = 1440, archiveTimestamp: DiscordTimestamp? = nil,
                locked: Bool = false, invitable: Bool? = nil) {
        self.archived = archived
        self.autoArchiveDuration = autoArchiveDuration
        self.archiveTimestamp = archiveTimestamp
        self.locked = locked
        self.invitable = invitable
    }

    /// Decodes tolerantly: missing or malformed fields take the defaults of a fresh, open thread.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        archived = container.soft(Bool.self, forKey: .archived) ?? false
        autoArchiveDuration = container.soft(Int.self, forKey: .autoArchiveDuration) ?? 1440
        archiveTimestamp = container.soft(DiscordTimestamp.self, forKey: .archiveTimestamp)
        locked = container.soft(Bool.self, forKey: .locked) ?? false
        invitable = container.soft(Bool.self, forKey: .invitable)
    }

    enum CodingKeys: String, CodingKey {
        case archived, locked, invitable
        case autoArchiveDuration = "auto_archive_duration"
        case archiveTimestamp = "archive_timestamp"
    }
}
