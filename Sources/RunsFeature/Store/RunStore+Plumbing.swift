import FeatureKit
import RaidDomain
import Storage

/// The Discord ids a run collects after creation, and the bot-created roles it must clean up.
extension RunStore {
    /// Remembers the public panel message.
    public func attachPost(_ runID: RunID, messageID: UInt64) async throws {
        try await database.write { try $0.execute(RunQueries.setPostMessage, runID.rawValue, messageID) }
    }

    /// Remembers the last ping message (deleted before the next ping).
    public func attachPing(_ runID: RunID, messageID: UInt64?) async throws {
        try await database.write { try $0.execute(RunQueries.setPingMessage, runID.rawValue, messageID) }
    }

    /// Remembers the run's raid-log thread.
    public func attachRaidLogThread(_ runID: RunID, threadID: UInt64) async throws {
        try await database.write { try $0.execute(RunQueries.setRaidLogThread, runID.rawValue, threadID) }
    }

    /// Records a role the bot just created, before it is tied to a run, so a crash in between
    /// leaves a row the orphaned-role task can clean up.
    public func recordCreatedRole(_ roleID: UInt64, now: Timestamp) async throws {
        let guildID = guildID
        try await database.write {
            try $0.execute(RunQueries.recordRunRole, roleID, guildID, Int64?.none, now.unixMilliseconds)
        }
    }

    /// Ties a bot-created role to its run.
    public func attachRole(_ runID: RunID, roleID: UInt64, now: Timestamp) async throws {
        let guildID = guildID
        try await database.write { connection in
            try connection.execute(RunQueries.recordRunRole, roleID, guildID, runID.rawValue, now.unixMilliseconds)
            try connection.execute(RunQueries.setRunRole, runID.rawValue, roleID)
        }
    }

    /// Marks a bot-created role deleted in Discord.
    public func markRoleDeleted(_ roleID: UInt64, now: Timestamp) async throws {
        try await database.write { try $0.execute(RunQueries.markRunRoleDeleted, roleID, now.unixMilliseconds) }
    }

    /// The guild's recently run dungeons, most recent first (autocomplete's empty query, §1.1). Read
    /// from the runs themselves, so the list survives a restart (the incumbent kept it in memory).
    public func recentDungeons() async throws -> RecentDungeons {
        let guildID = guildID
        return try await database.read { connection in
            RecentDungeons(try connection.fetchAll(RunQueries.recentDungeons, guildID) { DungeonCode(try $0.get(0, as: String.self)) })
        }
    }

    /// Active runs whose auto-end time has passed (the expired-runs task's work list).
    public func expiredRuns(at now: Timestamp) async throws -> [RunID] {
        let guildID = guildID
        return try await database.read {
            try $0.fetchAll(RunQueries.expiredRuns, guildID, now.unixMilliseconds) { RunID(try $0.get(0, as: Int64.self)) }
        }
    }

    /// Bot-created roles whose run has ended (or never existed), created before `cutoff`.
    public func orphanedRoles(createdBefore cutoff: Timestamp) async throws -> [UInt64] {
        let guildID = guildID
        return try await database.read {
            try $0.fetchAll(RunQueries.orphanedRunRoles, guildID, cutoff.unixMilliseconds) { try $0.get(0, as: UInt64.self) }
        }
    }
}
