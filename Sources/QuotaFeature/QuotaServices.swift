import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import RaidDomain
import Storage

/// What every quota handler shares: the database, Discord and the injected clock.
struct QuotaServices: Sendable {
    /// The shared environment (database, REST, clock, guild, outbox).
    let environment: FeatureEnvironment
    /// Boards drawn recently, valid while the ledger is unchanged.
    let leaderboards = LeaderboardCache()

    /// The database.
    var database: Database { environment.database }
    /// Discord REST.
    var rest: DiscordREST { environment.rest }
    /// The guild served.
    var guildID: Snowflake { environment.guildID }

    /// The injected clock's wall time.
    func now() -> Timestamp { Timestamp(unixMilliseconds: environment.clock.unixMilliseconds()) }

    /// Runs `body` over the guild's ledger at `now` in one write transaction, then wakes the
    /// outbox for the quota panel redraws the ledger queued with it.
    func ledger<T: Sendable>(at now: Timestamp, _ body: @escaping @Sendable (PointsLedger) throws -> T) async throws -> T {
        let guildID = guildID.rawValue
        let result = try await database.write { try body(PointsLedger($0, guildID: guildID, now: now)) }
        environment.outbox.nudge()
        return result
    }

    /// Reads the guild's maintained totals.
    func totals<T: Sendable>(_ body: @escaping @Sendable (QuotaTotals) throws -> T) async throws -> T {
        let guildID = guildID.rawValue
        return try await database.read { try body(QuotaTotals($0, guildID: guildID)) }
    }

    /// Leaderboard pages, through the cache.
    var boards: QuotaBoards {
        QuotaBoards(database: database, guildID: guildID.rawValue, cache: leaderboards)
    }

    /// The guild member `userID`, or a plain refusal when they are not in the server.
    func member(_ userID: Snowflake) async throws -> Member {
        guard let member = try await rest.findMember(guildID: guildID, userID: userID) else {
            throw BotKitError(.notFound, detail: "member \(userID) not in guild",
                              userMessage: "❌ <@\(userID)> is not a member of this server.")
        }
        return member
    }

    /// Posts `embed` to bot_log (skipped when unmapped).
    func botLog(_ embed: Embed) async {
        await LogChannels(environment).post(embed, to: .botLog)
    }
}
