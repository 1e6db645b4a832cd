import RaidDomain
import Storage

/// Carries out the database half of a transition's effects inside the caller's transaction.
/// Awards are idempotent by subject (the unique index on `quota_event(guild_id, subject_id)`).
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
            return try awardSnapshot(pop)
        case .awardJoinedRaiders:
            let points = try raiderPoints()
            guard points > 0 else { return 0 }
            return try connection.execute(RunQueries.awardJoinedRaiders, runID, points, at)
        case .awardOrganizerQuota(let subject):
            return try awardOrganizer(subject)
        case .started, .ended, .keyPopped, .partyChanged, .locationChanged, .announceLocation, .notifyKeyReactors,
             .notifyKeyReactor, .joinLockChanged, .chainChanged, .screenshotAttached, .o3StageChanged, .realmScoreSet:
            break // the run row was saved already; the Discord side is the handler's
        }
        return 0
    }

    private func awardSnapshot(_ pop: Int) throws -> Int {
        let runID = run.id.rawValue, at = now.unixMilliseconds
        let points = try raiderPoints()
        let written = points > 0 ? try connection.execute(RunQueries.awardSnapshot, runID, pop, points, at) : 0
        try connection.execute(RunQueries.markSnapshotAwarded, runID, pop, at)
        return written
    }

    private func raiderPoints() throws -> Int64 {
        try connection.fetchValue(RunQueries.raiderPoints, guildID, run.dungeon.code.rawValue, as: Int64.self) ?? 100
    }

    private func awardOrganizer(_ subject: QuotaSubject) throws -> Int {
        let configs = try quotaConfigs()
        guard let award = OrganizerQuota.award(for: run.dungeon, configs: configs, memberRoles: organizerRoles.roles,
                                               rolePositions: organizerRoles.positions) else { return 0 }
        return try connection.execute(RunQueries.awardOrganizer, guildID, run.organizer.rawValue, subject.description,
                                      run.dungeon.code.rawValue, award.points.hundredths, award.roleID.rawValue,
                                      now.unixMilliseconds)
    }

    private func quotaConfigs() throws -> [QuotaRoleConfig] {
        let dungeon = run.dungeon.code.rawValue
        let overrides = Dictionary(try connection.fetchAll(RunQueries.quotaDungeonOverrides, guildID, dungeon) {
            (RoleID(try $0.get(0, as: UInt64.self)), Points(hundredths: try $0.get(1, as: Int64.self)))
        }, uniquingKeysWith: max)
        return try connection.fetchAll(RunQueries.quotaRoleConfigs, guildID) { row in
            let role = RoleID(try row.get(0, as: UInt64.self))
            return QuotaRoleConfig(
                roleID: role, baseExaltPoints: Points(hundredths: try row.get(1, as: Int64.self)),
                baseNonExaltPoints: Points(hundredths: try row.get(2, as: Int64.self)),
                dungeonOverrides: overrides[role].map { [run.dungeon.code: $0] } ?? [:])
        }
    }
}
