/// The "Chain k/n" text of a run with key pops (§3.6): purely display, shown in the title, pings and
/// the ended embed; "Chain k" once k passes the planned amount or when none is planned.
public struct ChainProgress: Hashable, Sendable, CustomStringConvertible {
    /// Key pops so far (completions in the chain).
    public let completed: Int
    /// The planned chain length, if the organizer set one.
    public let planned: Int?

    /// A chain position.
    public init(completed: Int, planned: Int?) {
        self.completed = completed
        self.planned = planned
    }

    /// "Chain 2/5", or "Chain 6" past the plan or without one.
    public var description: String {
        if let planned, completed <= planned { return "Chain \(completed)/\(planned)" }
        return "Chain \(completed)"
    }
}
