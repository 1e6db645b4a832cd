import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import Logging

/// What every modmail handler shares: the store, Discord, the guild served and its modmail channel.
struct ModmailServices: Sendable {
    /// How long each draft step waits for the member (the incumbent's 5-minute collectors).
    static let stepMinutes = 5

    /// The shared environment.
    let environment: FeatureEnvironment
    /// The modmail tables.
    let store: ModmailStore
    /// Each ticket's turn to DM its member (staff thread messages and `/modmailreply` in order).
    let ticketLocks = TicketLocks()

    /// Services over `environment`.
    init(_ environment: FeatureEnvironment) {
        self.environment = environment
        store = ModmailStore(database: environment.database)
    }

    var rest: DiscordREST { environment.rest }
    var guildID: Snowflake { environment.guildID }
    var logger: Logger { environment.logger }

    /// The injected clock's wall time in Unix ms.
    func now() -> Int64 { environment.clock.unixMilliseconds() }

    /// When a draft step started now ends.
    func stepDeadline() -> Int64 { now() + Int64(Self.stepMinutes) * 60_000 }

    /// The mapped modmail channel, or the refusal.
    func modmailChannel() async throws -> Snowflake {
        guard let channel = try await GuildChannelStore(database: environment.database).channel(.modmail, guildID: guildID)
        else { throw ModmailRefusal.channelNotConfigured }
        return channel
    }

    /// The guild's name, for the member's DMs (a generic one when Discord does not answer).
    func guildName() async -> String {
        (try? await rest.getGuild(guildID: guildID).name) ?? "the server"
    }

    /// The checks every new ticket passes, in the incumbent's order: not blacklisted, no ticket open,
    /// the channel mapped.
    func admitNewTicket(from userID: Snowflake) async throws {
        if try await store.isBlacklisted(userID, guild: guildID) { throw ModmailRefusal.blacklisted }
        if let open = try await store.openTicket(of: userID, guild: guildID) { throw ModmailRefusal.ticketAlreadyOpen(open.id) }
        _ = try await modmailChannel()
    }

    /// Sends `message` to `userID`'s DMs; the refusal when they closed them.
    @discardableResult
    func directMessage(_ userID: Snowflake, _ message: MessageCreate) async throws -> Message {
        do {
            let channel = try await rest.openDM(recipientID: userID)
            return try await rest.createMessage(channelID: channel.id, message)
        } catch let error as RESTError {
            logger.info("modmail DM not delivered", metadata: ["user.id": "\(userID)", "error": "\(error)"])
            throw ModmailRefusal.dmsClosed
        }
    }

    /// Sends `message` to a DM channel already open, logging a failure (the member's own DMs to us).
    func tellMember(in channelID: Snowflake, _ message: MessageCreate) async {
        do {
            _ = try await rest.createMessage(channelID: channelID, message)
        } catch {
            logger.info("modmail DM answer not delivered", metadata: ["error": "\(error)"])
        }
    }
}
