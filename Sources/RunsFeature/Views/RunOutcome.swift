import FeatureKit
import RaidDomain

/// A command carried out: the run after it, what followed, and the counts the panels show, all
/// read in the same transaction that wrote them.
public struct RunOutcome: Hashable, Sendable {
    /// The run after the command.
    public let record: RunRecord
    /// What the rules decided must follow (Discord side effects are the handler's).
    public let effects: [RunEffect]
    /// The counts after the command.
    public let tally: RunTally
    /// Completion awards written by this command (raiders and organizer), for logs and tests.
    public let awardsWritten: Int
    /// The outbox items written with the command (its `InteractionDelivery`), in order.
    public var outboxIDs: [Int64] = []
}

/// The organizer's own Discord roles (and positions, when known), the only roles organizer quota
/// is judged by (our fix of defects 1 and 2: never the roles of whoever pressed End).
public struct OrganizerRoles: Hashable, Sendable {
    /// The roles the organizer holds.
    public let roles: Set<RoleID>
    /// Discord positions of those roles, when the caller has them.
    public let positions: [RoleID: Int]

    /// Roles of the organizer.
    public init(roles: Set<RoleID>, positions: [RoleID: Int] = [:]) {
        self.roles = roles
        self.positions = positions
    }

    /// No roles known: the organizer earns no quota.
    public static let none = OrganizerRoles(roles: [])
}
