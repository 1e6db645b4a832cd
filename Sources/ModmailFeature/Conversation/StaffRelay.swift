import BotKit
import DiscordModels
import DiscordREST
import FeatureKit

/// Staff answering a ticket with plain messages in its thread (issue 10), when the guild turned it
/// on (`/configmodmail relay-thread-messages`). A guild MESSAGE_CREATE in an open ticket's thread,
/// from a staff member (the rank `/modmailreply` needs), not a bot, not a command, not starting with
/// the ignore prefix, is recorded with its outbox item in the transaction that dedupes it by its
/// Discord id; the outbox (a `redraw` of `modmail_dm:<ticket>`) then DMs the ticket's unsent staff
/// messages oldest first, stamping each. A DMed message gets a ✅ reaction in the thread; one the
/// member cannot receive (DMs closed, left every shared server) is given up and staff are told in a
/// reply to it. A DM repeated after a crash between sending and stamping carries the same nonce,
/// which Discord deduplicates. When the outbox's retries run out (Discord kept failing), each
/// message still unsent gets a reply saying so; it stays queued and goes out with the next one.
enum StaffRelay {
    /// The outbox panel kind.
    static let panelKind = "modmail_dm"
    /// The reaction on a thread message once the member has it.
    static let deliveredReaction = "✅"
    /// Message types a staff member types: default (0) and reply (19); commands and system messages are not.
    static let typedMessageTypes: Set<Int> = [0, 19]

    /// The outbox panel of `ticket`.
    static func panel(_ ticket: String) -> String { "\(panelKind):\(ticket)" }

    // MARK: Intake

    /// A guild message, as the gateway intake hands it over (once per delivery; a re-delivery is
    /// recognised by its id). Never throws: a failure is logged.
    static func receive(_ message: Message, _ services: ModmailServices) async {
        do {
            try await record(message, services)
        } catch {
            services.logger.warning("modmail thread message not recorded",
                                    metadata: ["message.id": "\(message.id)", "error": "\(error)"])
        }
    }

    private static func record(_ message: Message, _ services: ModmailServices) async throws {
        guard message.guildID == services.guildID, let author = message.author, author.bot != true,
              message.webhookID == nil, message.applicationID == nil, typedMessageTypes.contains(message.type),
              let relaying = try await services.store.relayingTicket(thread: message.channelID) else { return }
        let ticket = relaying.ticket
        let content = message.content.trimmingSpaces()
        if !content.isEmpty && content.hasPrefix(relaying.ignorePrefix) { return } // an internal staff note
        guard author.id != ticket.userID, try await isStaff(author.id, member: message.member, services) else { return }
        let attachments = message.attachments.compactMap(\.url)
        if content.isEmpty && attachments.isEmpty {
            // Without the Message Content intent Discord sends guild messages empty: say so rather than drop it silently.
            _ = try? await services.rest.createMessage(channelID: message.channelID, ModmailViews.contentMissing(message.id))
            return
        }
        let staffMessage = StaffThreadMessage(id: message.id, authorID: author.id, content: content, attachments: attachments)
        if try await services.store.recordStaffMessage(staffMessage, ticket: ticket.id, now: services.now()) {
            services.environment.outbox.nudge()
        }
    }

    /// Whether the author may answer tickets: the rank `/modmailreply` needs, or Discord's
    /// Administrator (the guild owner, or a role granting it), as the command gate decides.
    private static func isStaff(_ userID: Snowflake, member: Member?, _ services: ModmailServices) async throws -> Bool {
        guard case .rank(let rank) = CloseButton.gate else { return false }
        let roles = Set(member?.roles ?? [])
        let mapping = try await GuildRoleStore(database: services.environment.database).roleMapping(guildID: services.guildID)
        if RoleHierarchy.authorize(MemberStanding(roleIDs: roles, isDiscordAdministrator: false), requires: rank,
                                   mapping: mapping).isGranted { return true }
        guard let guild = try? await services.rest.getGuild(guildID: services.guildID) else { return false }
        if guild.ownerID == userID { return true }
        return guild.roles.contains { role in
            (role.id == guild.id || roles.contains(role.id)) && role.permissions.contains(.administrator)
        }
    }

    // MARK: Delivery

    /// DMs what `ticketID` still owes its member (the outbox's redrawer), in the ticket's turn.
    static func deliver(_ ticketID: String, _ services: ModmailServices) async throws {
        try await services.ticketLocks.serially(ticketID) { try await drain(ticketID, services) }
    }

    /// DMs the ticket's unsent staff messages, oldest first; the caller holds the ticket's turn.
    /// A transient failure throws (the outbox retries, bounded); a refusal gives the message up.
    static func drain(_ ticketID: String, _ services: ModmailServices) async throws {
        guard let ticket = try await services.store.ticket(ticketID) else { return }
        let pending = try await services.store.unsentStaffMessages(ticketID)
        guard !pending.isEmpty else { return }
        let guildName = await services.guildName()
        for message in pending {
            do {
                let channel = try await services.rest.openDM(recipientID: ticket.userID)
                for part in ModmailViews.staffMessageDM(message, ticketID: ticket.id, guildName: guildName) {
                    _ = try await services.rest.createMessage(channelID: channel.id, part)
                }
            } catch let error as RESTError where error.isClientRefusal {
                services.logger.info("modmail staff message not delivered",
                                     metadata: ["ticket": "\(ticket.id)", "error": "\(error)"])
                try await services.store.markStaffMessage(message.messageID, failed: true, now: services.now())
                if let thread = ticket.threadID {
                    _ = try? await services.rest.createMessage(channelID: thread, ModmailViews.notDelivered(
                        Snowflake(UInt64(message.messageID)), userID: ticket.userID, dmsClosed: error.discordCode == 50007))
                }
                continue
            }
            try await services.store.markStaffMessage(message.messageID, failed: false, now: services.now())
            if let thread = ticket.threadID {
                try? await services.rest.addReaction(channelID: thread, messageID: Snowflake(UInt64(message.messageID)),
                                                     emoji: deliveredReaction)
            }
        }
    }

    /// The outbox gave up DMing `ticketID`'s staff messages: reply in the thread to each one still
    /// unsent, so staff do not take silence for delivery. Best effort (Discord may still be failing).
    static func reportStalled(_ ticketID: String, reason: String, _ services: ModmailServices) async {
        services.logger.warning("modmail staff messages stalled", metadata: ["ticket": "\(ticketID)", "reason": "\(reason)"])
        guard let ticket = try? await services.store.ticket(ticketID), let thread = ticket.threadID,
              let pending = try? await services.store.unsentStaffMessages(ticketID) else { return }
        for message in pending {
            _ = try? await services.rest.createMessage(
                channelID: thread, ModmailViews.notDeliveredYet(Snowflake(UInt64(message.messageID))))
        }
    }
}
