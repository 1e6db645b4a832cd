/// What `/removepunishment` removed: a punishment (kept, marked removed) or a note (deleted).
enum RemovedRecord: Hashable, Sendable {
    /// A punishment, as it was before removal.
    case punishment(PunishmentRecord)
    /// A note, as it was before deletion.
    case note(NoteRecord)

    /// The member the record was about.
    var userID: UInt64 {
        switch self {
        case .punishment(let record): record.userID
        case .note(let note): note.userID
        }
    }
}
