import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import Logging
import RaidDomain

/// What every moderation handler and the expiry task share: the store, Discord, the role mapping,
/// and the Discord side of an action (the DM, the punishment_log post).
struct ModerationServices: Sendable {
    /// The shared environment (database, REST, clock, guild, outbox).
    let environment: FeatureEnvironment
    /// The punishment and note tables.
    let store: PunishmentStore

    /// Services over `environment`.
    init(_ environment: FeatureEnvironment) {
        self.environment = environment
        store = PunishmentStore(database: environment.database, guildID: environment.guildID.rawValue)
    }

    /// Discord REST.
    var rest: DiscordREST { environment.rest }
    /// The guild served.
    var guildID: Snowflake { environment.guildID }
    /// The root logger.
    var logger: Logger { environment.logger }

    /// The injected clock's wall time: the only time the moderation rules see.
    func now() -> Timestamp { Timestamp(unixMilliseconds: environment.clock.unixMilliseconds()) }

    /// Every mapped guild role (ranks and the suspended/muted roles), read fresh.
    func roles() async throws -> [GuildRole: Snowflake] {
        try await GuildRoleStore(database: environment.database).roles(guildID: guildID)
    }

    /// The staff-rank mapping the hierarchy judges by.
    func rankMapping() async throws -> RoleMapping {
        RoleMapping(try await roles().filter { $0.key.rank != nil })
    }

    /// DMs `embed` to `userID`; false (logged) when the member closed their DMs or Discord refused,
    /// which the reply then reports.
    func directMessage(_ userID: Snowflake, _ embed: Embed) async -> Bool {
        do {
            let channel = try await rest.openDM(recipientID: userID)
            _ = try await rest.createMessage(channelID: channel.id, MessageCreate(embeds: [embed], allowedMentions: AllowedMentions.none))
            return true
        } catch {
            logger.info("moderation DM not delivered", metadata: ["user.id": "\(userID)", "error": "\(error)"])
            return false
        }
    }

    /// Posts `embed` to punishment_log (skipped when unmapped).
    func punishmentLog(_ embed: Embed) async {
        await LogChannels(environment).post(embed, to: .punishmentLog)
    }
}
