import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import Logging
import RaidDomain

/// What every identity handler, the member-update hook and the syncs share: the raider store,
/// Discord, the role mapping, the log channels and the one-at-a-time guard of the member walks.
struct IdentityServices: Sendable {
    /// The shared environment (database, REST, clock, guild).
    let environment: FeatureEnvironment
    /// The raider table.
    let store: RaiderStore
    /// Keeps `/forcesync` and `/syncteam` to one walk each at a time.
    let walks = WalkGuard()

    /// Services over `environment`.
    init(_ environment: FeatureEnvironment) {
        self.environment = environment
        store = RaiderStore(database: environment.database, guildID: environment.guildID.rawValue)
    }

    /// Discord REST.
    var rest: DiscordREST { environment.rest }
    /// The guild served.
    var guildID: Snowflake { environment.guildID }
    /// The verification steps `/verify` shares with the self-service flow.
    var verification: RaiderVerification { RaiderVerification(environment) }
    /// The root logger.
    var logger: Logger { environment.logger }

    /// The injected clock's wall time.
    func now() -> Timestamp { Timestamp(unixMilliseconds: environment.clock.unixMilliseconds()) }

    /// Every mapped guild role, read fresh.
    func roles() async throws -> [GuildRole: Snowflake] {
        try await GuildRoleStore(database: environment.database).roles(guildID: guildID)
    }

    /// The staff-rank mapping the hierarchy judges by.
    func rankMapping() async throws -> RoleMapping {
        RoleMapping(try await roles().filter { $0.key.rank != nil })
    }

    /// Posts `embed` to veri_log and a copy to bot_log (each skipped when unmapped, §7.8).
    func log(_ embed: Embed) async {
        let channels = LogChannels(environment)
        await channels.post(embed, to: .verificationLog)
        await channels.post(embed, to: .botLog)
    }

    /// Sets `nick` on `userID`; false (logged) when Discord refused, which the answer then reports.
    func setNickname(_ nick: String?, of userID: Snowflake, reason: String) async -> Bool {
        do {
            _ = try await rest.modifyMember(guildID: guildID, userID: userID,
                                            MemberModification(nick: nick.map { .set($0) } ?? .remove), reason: reason)
            return true
        } catch {
            logger.info("nickname not changed", metadata: ["user.id": "\(userID)", "error": "\(error)"])
            return false
        }
    }
}

/// The names of the member walks in progress (process-wide single-run flags, §1.4).
actor WalkGuard {
    private var running: Set<String> = []

    /// Claims `name`; false when a walk of that name is already running.
    func begin(_ name: String) -> Bool { running.insert(name).inserted }

    /// Releases `name`.
    func end(_ name: String) { running.remove(name) }
}
