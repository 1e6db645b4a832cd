import FeatureKit
import RaidDomain
import Storage

/// Carries out the database half of a transition's effects inside the caller's transaction.
/// Awards go through `PointsLedger`, idempotent by subject.
struct RunEffectWriter {
    let connection: Connection
    let guildID: UInt64
    let run: RunState
    let organizerRoles: OrganizerRoles
    let now: Timestamp

    /// Applies every effect in order; returns how many award rows were written.
    func apply(_ effects: [RunEffect]) throws -> Int {
        var awards = 0
        for effect in effects { awards += try apply(effect) }
        return awards
    }

    private func apply(_ effect: RunEffect) throws -> Int {
        let runID = run.id.rawValue, at = now.unixMilliseconds
        switch effect {
        case .raiderJoined(let member):
            try connection.execute(RunQueries.upsertReaction, runID, member.rawValue, "join", at)
        case .raiderLeft(let member):
            try connection.execute(RunQueries.upsertReaction, runID, member.rawValue, "leave", at)
        case .classChosen(let member, let raidClass):
            try connection.execute(RunQueries.setClass, runID, member.rawValue, raidClass.rawValue, at)
        case .keyOffered(let member, let key):
            try connection.execute(RunQueries.offerKey, runID, member.rawValue, key.rawValue, at)
        case .keyWithdrawn(let member, let key):
            try connection.execute(RunQueries.withdrawKey, runID, member.rawValue, key.rawValue)
        case .snapshotJoinedRaiders(let pop):
            try connection.execute(RunQueries.takeSnapshot, runID, pop, at)
        case .awardSnapshot(let pop):
            return try ledger.creditSnapshot(run: run.id, pop: pop, dungeon: run.dungeon.code)
        case .awardJoinedRaiders:
            return try ledger.creditJoinedRaiders(run: run.id, dungeon: run.dungeon.code)
        case .awardOrganizerQuota(let subject):
            return try awardOrganizer(subject)
        case .started, .ended, .keyPopped, .partyChanged, .locationChanged, .announceLocation, .notifyKeyReactors,
             .notifyKeyReactor, .joinLockChanged, .chainChanged, .screenshotAttached, .o3StageChanged, .realmScoreSet:
            break // the run row was saved already; the Discord side is the handler's
        }
        return 0
    }

    private var ledger: PointsLedger { PointsLedger(connection, guildID: guildID, now: now) }

    private func awardOrganizer(_ subject: QuotaSubject) throws -> Int {
        try ledger.creditOrganizer(run.organizer, roles: organizerRoles.roles, positions: organizerRoles.positions,
                                   subject: subject, dungeon: run.dungeon)
    }
}
