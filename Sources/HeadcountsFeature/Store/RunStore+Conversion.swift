import FeatureKit
import RunsFeature
import BotKit
import RaidDomain
import Storage

/// Headcount → run (§3.9) in one transaction: the headcount closes as converted, the run opens for
/// the headcount's owner in the headcount's channel, the owner auto-joins, and the key offers made
/// for the chosen dungeon become `headcount`-source key reactions (participants are not carried over).
extension RunStore {
    /// Converts headcount `headcountID` into a run of `dungeon`, refused by `HeadcountRules` when
    /// `actor` may not or the headcount is closed.
    public func convert(headcount headcountID: Int64, dungeon: DungeonCode, by actor: RunActor, now: Timestamp)
        async throws -> Result<HeadcountConversion, RunRuleViolation> {
        let guildID = guildID
        return try await database.write { connection in
            guard var headcount = try HeadcountRecord.load(connection, id: headcountID, guildID: guildID) else {
                throw HeadcountComponentIDs.gone(headcountID)
            }
            let transition: HeadcountTransition
            switch HeadcountRules.apply(.convert(dungeon: dungeon, by: actor), to: headcount.state) {
            case .failure(let violation): return .failure(violation)
            case .success(let next): transition = next
            }
            guard case .convertedToRun(let draft)? = transition.effects.first else {
                throw BotKitError(.internalError, detail: "conversion of headcount \(headcountID) made no run")
            }
            let runID = try Self.insertRun(draft, channelID: headcount.channelID, guildID: guildID, now: now,
                                                    connection)
            try connection.execute(HeadcountQueries.copyKeysToRun, runID.rawValue, headcountID, dungeon.rawValue)
            try connection.execute(HeadcountQueries.close, headcountID, HeadcountStatus.converted.rawValue,
                                   now.unixMilliseconds, runID.rawValue)
            try HeadcountStore.audit("headcount.converted", headcountID, guildID: guildID, actor: actor.member, now: now,
                                     connection)
            guard let run = try RunRecord.load(connection, runID: runID, guildID: guildID) else {
                throw BotKitError(.databaseError, detail: "run \(runID) vanished")
            }
            headcount.state = transition.state
            headcount.convertedRunID = runID
            return .success(HeadcountConversion(run: run, tally: try RunTally.load(connection, runID: runID),
                                                headcount: headcount))
        }
    }
}
