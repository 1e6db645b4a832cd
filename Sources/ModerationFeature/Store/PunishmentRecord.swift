import RaidDomain
import Storage

/// One stored punishment, as `/find`, the removal commands and the expiry task read it.
struct PunishmentRecord: Hashable, Sendable {
    /// The 24-hex id.
    let id: String
    /// The guild it belongs to (an id from another guild is refused).
    let guildID: UInt64
    /// The punished member.
    let userID: UInt64
    /// Who issued it.
    let moderatorID: UInt64
    /// Warning, suspension or mute.
    let kind: PunishmentKind
    /// Why (1–500 characters).
    let reason: String
    /// When a suspension or mute ends; nil for warnings.
    let expiresAt: Timestamp?
    /// Whether it still counts (not removed, not processed as expired).
    let isActive: Bool
    /// When it was issued.
    let createdAt: Timestamp
    /// When it was removed or processed as expired.
    let removedAt: Timestamp?
    /// Who removed it (nil: expired by itself).
    let removedBy: UInt64?
    /// Why it was removed.
    let removalReason: String?

    /// The columns `load` reads, in order.
    static let columns = """
        guild_id, id, user_id, moderator_id, type, reason, expires_at, active, created_at, removed_at, removed_by,
        removal_reason
        """

    /// Whether it is in force at `now`: active and not past its expiry.
    func isInForce(at now: Timestamp) -> Bool {
        isActive && (expiresAt.map { $0 > now } ?? true)
    }

    /// Decodes a row selected with `columns`.
    static func decode(_ row: Row) throws -> PunishmentRecord {
        PunishmentRecord(
            id: try row.get(1, as: String.self), guildID: try row.get(0, as: UInt64.self),
            userID: try row.get(2, as: UInt64.self), moderatorID: try row.get(3, as: UInt64.self),
            kind: PunishmentKind(rawValue: try row.get(4, as: String.self)) ?? .warn,
            reason: try row.get(5, as: String.self),
            expiresAt: try row.get(6, as: Int64?.self).map(Timestamp.init(unixMilliseconds:)),
            isActive: try row.get(7, as: Bool.self),
            createdAt: Timestamp(unixMilliseconds: try row.get(8, as: Int64.self)),
            removedAt: try row.get(9, as: Int64?.self).map(Timestamp.init(unixMilliseconds:)),
            removedBy: try row.get(10, as: UInt64?.self), removalReason: try row.get(11, as: String?.self))
    }
}

/// One staff note (`note`), shown only in `/find`.
struct NoteRecord: Hashable, Sendable {
    /// The 24-hex id.
    let id: String
    /// The guild it belongs to.
    let guildID: UInt64
    /// The member the note is about.
    let userID: UInt64
    /// Who wrote it.
    let moderatorID: UInt64
    /// The note (1–1000 characters).
    let text: String
    /// When it was written.
    let createdAt: Timestamp

    /// The columns `decode` reads, in order.
    static let columns = "guild_id, id, user_id, moderator_id, note_text, created_at"

    /// Decodes a row selected with `columns`.
    static func decode(_ row: Row) throws -> NoteRecord {
        NoteRecord(id: try row.get(1, as: String.self), guildID: try row.get(0, as: UInt64.self),
                   userID: try row.get(2, as: UInt64.self), moderatorID: try row.get(3, as: UInt64.self),
                   text: try row.get(4, as: String.self),
                   createdAt: Timestamp(unixMilliseconds: try row.get(5, as: Int64.self)))
    }
}
