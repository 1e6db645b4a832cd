import FeatureKit
import BotKit
import DiscordModels
import RaidDomain
import Storage

/// The runs' only database API: one method is one use case in one write transaction. Rules come
/// from `RunRules`; this type loads the state they need, applies them and carries out the effects.
public struct RunStore: Sendable {
    /// The database.
    public let database: Database
    /// The one guild this bot serves; runs of other guilds are invisible.
    public let guildID: UInt64

    /// A store over `database` for `guildID`.
    public init(database: Database, guildID: UInt64) {
        self.database = database
        self.guildID = guildID
    }

    /// The run `runID`, or nil when it does not exist in this guild.
    public func run(_ runID: RunID) async throws -> RunRecord? {
        let guildID = guildID
        return try await database.read { try RunRecord.load($0, runID: runID, guildID: guildID) }
    }

    /// The run and its counts, for drawing panels.
    public func runWithTally(_ runID: RunID) async throws -> (RunRecord, RunTally)? {
        let guildID = guildID
        return try await database.read { connection in
            guard let record = try RunRecord.load(connection, runID: runID, guildID: guildID) else { return nil }
            return (record, try RunTally.load(connection, runID: runID))
        }
    }

    /// Applies the command `makeCommand` builds from the acting member's participation to run
    /// `runID`, and carries out its effects, in one transaction. A refusal writes nothing.
    /// `completing` marks that interaction handled in the same transaction, so a re-delivery after a
    /// crash is not a second key pop; `deliver` also records its confirmation and side effects.
    public func perform(
        _ runID: RunID, member: MemberID, username: String? = nil, hasSuspendedRole: Bool = false,
        organizerRoles: OrganizerRoles = .none, now: Timestamp, completing interactionID: Snowflake? = nil,
        deliver: (@Sendable (RunOutcome) -> InteractionDelivery)? = nil,
        _ makeCommand: @escaping @Sendable (Participant) -> RunCommand
    ) async throws -> Result<RunOutcome, RunRuleViolation> {
        let guildID = guildID
        return try await database.write { connection in
            guard let before = try RunRecord.load(connection, runID: runID, guildID: guildID) else {
                throw BotKitError(.runNotFound, detail: "run \(runID) not in guild")
            }
            let participant = try Self.participant(connection, guildID: guildID, runID: runID, member: member,
                                                   hasSuspendedRole: hasSuspendedRole, now: now)
            let transition: RunTransition
            switch RunRules.apply(makeCommand(participant), to: before.state, at: now) {
            case .failure(let violation): return .failure(violation)
            case .success(let next): transition = next
            }
            try FirstContact.ensureMember(connection, member, username: username, now: now)
            try RunRecord.save(transition.state, connection)
            let writer = RunEffectWriter(connection: connection, guildID: guildID, run: transition.state,
                                         organizerRoles: organizerRoles, now: now)
            let awards = try writer.apply(transition.effects)
            let actor: MemberID? = transition.effects.contains(.ended(.autoEnded)) ? nil : member
            try RunAudit.record(transition.effects, run: runID, guildID: guildID, actor: actor, now: now, on: connection)
            var after = before
            after.state = transition.state
            var outcome = RunOutcome(record: after, effects: transition.effects,
                                     tally: try RunTally.load(connection, runID: runID), awardsWritten: awards)
            if let interactionID {
                try InteractionReceiptStore.complete(connection, interactionID, now: now.unixMilliseconds)
            }
            if let deliver { outcome.outboxIDs = try deliver(outcome).record(connection, now: now.unixMilliseconds) }
            return .success(outcome)
        }
    }

    /// The facts the participation rules need about `member` on `runID`.
    public static func participant(_ connection: Connection, guildID: UInt64, runID: RunID, member: MemberID,
                            hasSuspendedRole: Bool, now: Timestamp) throws -> Participant {
        let state = try connection.fetchValue(RunQueries.participantState, runID.rawValue, member.rawValue, as: String.self)
        let keys = try connection.fetchAll(RunQueries.participantKeys, runID.rawValue, member.rawValue) {
            ReactionKey(try $0.get(0, as: String.self))
        }
        let suspended = try Suspensions.isSuspended(connection, guildID: guildID, member: member, now: now)
        return Participant(member: member, isJoined: state == "join", isSuspended: suspended || hasSuspendedRole,
                           offeredKeys: Set(keys))
    }
}
