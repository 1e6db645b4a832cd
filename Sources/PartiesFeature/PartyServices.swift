import FeatureKit
import BotKit
import DiscordModels
import DiscordREST
import Logging
import RaidDomain

/// What every party handler and the party timer share: the store, Discord, and the Discord side
/// of a party's life (its post, its thread, its raid-log thread). Discord failures are logged; the
/// table is the truth.
struct PartyServices: Sendable {
    /// The shared environment (database, REST, clock, guild).
    let environment: FeatureEnvironment
    /// The party table.
    let store: PartyStore

    /// Services over `environment`.
    init(_ environment: FeatureEnvironment) {
        self.environment = environment
        store = PartyStore(database: environment.database, guildID: environment.guildID.rawValue)
    }

    /// Discord REST.
    var rest: DiscordREST { environment.rest }
    /// The guild served.
    var guildID: Snowflake { environment.guildID }
    /// The root logger.
    var logger: Logger { environment.logger }

    /// The injected clock's wall time: the only time the party rules see.
    func now() -> Timestamp { Timestamp(unixMilliseconds: environment.clock.unixMilliseconds()) }

    /// Posts `line` to the party's raid-log thread, opening it when there is none yet.
    func raidLog(_ record: PartyRecord, _ line: String, ownerName: String? = nil) async {
        let title = PartyPostView.logTitle(record.post, ownerName: ownerName ?? "<@\(record.post.owner)>")
        await RaidLog(environment).post(
            line, stored: record.raidLogThreadID, orOpen: title,
            starter: Embed(title: title, description: "Owner: <@\(record.post.owner)>\nParty #\(record.id)",
                           color: EmbedColor.success)) { try await store.attachRaidLogThread(record.id, threadID: $0) }
    }

    /// Posts a bot_log embed (skipped when the channel is unmapped).
    func botLog(_ title: String, _ record: PartyRecord, actor: MemberID?) async {
        var fields = [EmbedField(name: "Party", value: record.post.name, inline: true),
                      EmbedField(name: "Owner", value: "<@\(record.post.owner)>", inline: true)]
        if let actor { fields.append(EmbedField(name: "By", value: "<@\(actor)>", inline: true)) }
        await LogChannels(environment).post(Embed(title: title, color: EmbedColor.information, fields: fields), to: .botLog)
    }

    /// Deletes the post's thread, then the post; an already-deleted one counts as deleted. False
    /// (logged) when Discord refused either, so the timer counts a real failure.
    @discardableResult
    func deletePost(_ record: PartyRecord) async -> Bool {
        var deleted = true
        if let thread = record.threadID {
            deleted = await tolerateMissing("party thread delete", record) {
                try await rest.deleteChannel(channelID: Snowflake(thread), reason: "Party closed")
            } && deleted
        }
        if let message = record.messageID {
            deleted = await tolerateMissing("party post delete", record) {
                try await rest.deleteMessage(channelID: Snowflake(record.channelID), messageID: Snowflake(message),
                                             reason: "Party closed")
            } && deleted
        }
        return deleted
    }

    private func tolerateMissing(_ what: String, _ record: PartyRecord, _ body: () async throws -> Void) async -> Bool {
        do {
            try await body()
            return true
        } catch let error as RESTError where error.status == 404 {
            return true
        } catch {
            logger.warning("\(what) failed", metadata: ["party.id": "\(record.id)", "error": "\(error)"])
            return false
        }
    }
}
