import BotKit
import DiscordModels
import FeatureKit
import RaidDomain
import Storage

/// Notes and the `/find` history: staff notes are written with their audit row and the author's
/// moderation points in one transaction; the history is one read.
extension PunishmentStore {
    /// Everything `/find` shows about one member.
    struct History: Sendable {
        /// Every punishment, newest first.
        let punishments: [PunishmentRecord]
        /// Every note, newest first.
        let notes: [NoteRecord]
        /// The member's IGN and alt, when verified.
        let igns: [String]
    }

    /// `/addnote`: the note, its `note.created` audit and the `addnote` moderation points.
    func addNote(_ text: String, about target: MemberID, by author: MemberID, authorName: String?,
                 authorRoles: Set<RoleID>, now: Timestamp) async throws -> (NoteRecord, Points) {
        let guildID = guildID
        let note = NoteRecord(id: PunishmentID.make(), guildID: guildID, userID: target.rawValue,
                              moderatorID: author.rawValue, text: text, createdAt: now)
        return try await database.write { connection in
            try FirstContact.ensureGuild(connection, Snowflake(guildID), now: now.unixMilliseconds)
            try FirstContact.ensureMember(connection, author, username: authorName, now: now)
            try connection.execute(ModerationQueries.insertNote, note.id, guildID, note.userID, note.moderatorID, text,
                                   now.unixMilliseconds)
            try Self.audit("note.created", "note:\(note.id)", actor: author, guildID: guildID, at: now,
                           meta: "{\"user_id\":\"\(target)\"}", connection)
            let points = try PointsLedger(connection, guildID: guildID, now: now)
                .awardModeration(.addnote, actor: author, target: target, roles: authorRoles)
            return (note, points)
        }
    }

    /// The member's punishments, notes and IGNs, read together.
    func history(of user: MemberID) async throws -> History {
        let guildID = guildID
        return try await database.read { connection in
            let punishments = try connection.fetchAll(ModerationQueries.punishmentsOfMember, guildID, user.rawValue,
                                                      map: PunishmentRecord.decode)
            let notes = try connection.fetchAll(ModerationQueries.notesOfMember, guildID, user.rawValue, map: NoteRecord.decode)
            let igns = try connection.fetchOne(ModerationQueries.igns, guildID, user.rawValue) { row in
                [try row.get(0, as: String?.self), try row.get(1, as: String?.self)].compactMap { $0 }
            } ?? []
            return History(punishments: punishments, notes: notes, igns: igns)
        }
    }
}
