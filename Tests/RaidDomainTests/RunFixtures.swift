@testable import RaidDomain

/// Shared givens for the run rule tests: one organizer, one staff member, one raider, fixed times.
enum Given {
    static let organizer = MemberID(1001)
    static let staff = MemberID(2002)
    static let raider = MemberID(3003)
    static let stranger = MemberID(4004)
    static let runID = RunID(77)
    static let createdAt = Timestamp(unixMilliseconds: 1_700_000_000_000)
    static let later = createdAt.adding(minutes: 10)

    static let byOrganizer = RunActor(member: organizer, isStaff: false)
    static let byStaff = RunActor(member: staff, isStaff: true)
    static let byStranger = RunActor(member: stranger, isStaff: false)

    static func dungeon(_ code: DungeonCode) -> Dungeon { Dungeon.named(code)! }

    /// An open Shatters run with party and location set, unless told otherwise.
    static func run(_ code: DungeonCode = "SHATTERS", status: RunStatus = .open, party: String? = "Party",
                    location: String? = "USW3", keyPops: Int = 0, joinLocked: Bool = false,
                    screenshot: String? = nil, o3Stage: O3Stage? = nil, chain: Int? = nil) -> RunState {
        RunState(id: runID, organizer: organizer, dungeon: dungeon(code), createdAt: createdAt,
                 status: status, startedAt: status == .open ? nil : createdAt.adding(minutes: 1),
                 party: party, location: location, chainAmount: chain, joinLocked: joinLocked,
                 screenshotURL: screenshot, o3Stage: o3Stage, keyPopCount: keyPops)
    }

    static func raiderJoined(_ joined: Bool, suspended: Bool = false, keys: Set<ReactionKey> = []) -> Participant {
        Participant(member: raider, isJoined: joined, isSuspended: suspended, offeredKeys: keys)
    }
}

extension Result where Success == RunTransition, Failure == RunRuleViolation {
    /// The refusal, or nil when the command succeeded.
    var violation: RunRuleViolation? {
        if case .failure(let violation) = self { return violation }
        return nil
    }

    /// The transition, or nil when refused.
    var transition: RunTransition? { try? get() }
}
