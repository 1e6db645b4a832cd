/// Where a run is in its life (§3.1): the only three statuses the database allows.
public enum RunStatus: String, CaseIterable, Hashable, Sendable {
    /// Posted, raiders gathering; "⏳ Starting Soon".
    case open
    /// Started; key pops and progression happen; "🟢 LIVE".
    case live
    /// Finished, cancelled or auto-ended; terminal.
    case ended

    /// Open and live runs count as the organizer's one activity and are swept by auto-end.
    public var isActive: Bool { self != .ended }

    /// The panel label of an active run.
    public var label: String {
        switch self {
        case .open: return "⏳ Starting Soon"
        case .live: return "🟢 LIVE"
        case .ended: return "✅ Ended"
        }
    }
}

/// How an ended run ended. The incumbent stored only `ended` and so could never tell a cancelled run
/// apart (defect 22); we keep the reason next to the status.
public enum RunEnding: String, CaseIterable, Hashable, Sendable {
    /// The organizer (or staff) pressed End on a live run; completions awarded.
    case completed
    /// Cancelled from open or live; nothing awarded for the unfinished part.
    case cancelled
    /// Ended by the expired-runs task after `auto_end_minutes`.
    case autoEnded = "auto_ended"

    /// The word the public message shows.
    public var label: String {
        switch self {
        case .completed, .autoEnded: return "Ended"
        case .cancelled: return "Cancelled"
        }
    }
}

/// The Oryx 3 progression stages (§3.12), in order; the raw values are the incumbent's `o3_stage`.
public enum O3Stage: String, CaseIterable, Hashable, Sendable, Comparable {
    /// The realm closed; players head to the castle.
    case closed
    /// A miniboss is up.
    case miniboss
    /// The third room; raiders join the sanctuary.
    case thirdRoom = "third_room"

    /// The stage that follows `stage` (nil meaning "not started"), or nil after the third room.
    public static func next(after stage: O3Stage?) -> O3Stage? {
        guard let stage else { return .closed }
        switch stage {
        case .closed: return .miniboss
        case .miniboss: return .thirdRoom
        case .thirdRoom: return nil
        }
    }

    /// Stages compare by their order in the castle.
    public static func < (lhs: O3Stage, rhs: O3Stage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The four Oryx 3 minibosses the organizer picks from (§2.2); named in the ping, not stored.
public enum O3Miniboss: String, CaseIterable, Hashable, Sendable {
    /// Dammah.
    case dammah = "Dammah"
    /// Gemsbok.
    case gemsbok = "Gemsbok"
    /// Leucoryx.
    case leucoryx = "Leucoryx"
    /// Beisa.
    case beisa = "Beisa"
}
