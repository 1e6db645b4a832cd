import BotKit
import FeatureKit

/// Modmail (§6.8, §1.2, §1.3): `/modmail` and its DM draft, tickets with a thread and a staff-only
/// Close button, `/modmailreply`, the blacklist, the member's later DMs relayed into the thread and,
/// when the guild turns it on (`/configmodmail`), staff's plain thread messages relayed to the member.
/// Drafts and conversations live in SQLite through FeatureKit's `DMConversations`.
public struct ModmailFeature: Feature {
    private let services: ModmailServices

    /// The feature over the bot's environment: registers its DM conversation handler and its relay
    /// with the outbox.
    public init(_ environment: FeatureEnvironment) {
        let services = ModmailServices(environment)
        self.services = services
        environment.conversations.register(kind: ModmailStore.conversationKind) { message, conversation in
            try await ModmailConversation.receive(message, conversation, services)
        }
        environment.outbox.register(panel: ThreadRelay.panelKind) { ticketID in
            try await ThreadRelay.deliver(ticketID, services)
        }
        environment.outbox.register(panel: StaffRelay.panelKind, onGiveUp: { ticketID, reason in
            await StaffRelay.reportStalled(ticketID, reason: reason, services)
        }) { ticketID in
            try await StaffRelay.deliver(ticketID, services)
        }
    }

    /// Staff's plain messages in ticket threads.
    public var guildMessageHandlers: [GuildMessageHandler] {
        let services = services
        return [{ message in await StaffRelay.receive(message, services) }]
    }

    /// The modmail commands.
    public static var declarations: [CommandDeclaration] {
        [ModmailCommand.declaration, ModmailReplyCommand.declaration, BlacklistCommands.blacklist,
         BlacklistCommands.unblacklist, ConfigModmailCommand.declaration]
    }

    /// Routes the commands and the three buttons.
    public func register(into routes: inout InteractionRoutes) {
        let services = services
        routes.command("modmail") { try await ModmailCommand.handle($0, services) }
        routes.command("modmailreply") { try await ModmailReplyCommand.handle($0, services) }
        routes.command("modmailblacklist") { try await BlacklistCommands.handle(lift: false, $0, services) }
        routes.command("modmailunblacklist") { try await BlacklistCommands.handle(lift: true, $0, services) }
        routes.command("configmodmail") { try await ConfigModmailCommand.handle($0, services) }
        routes.component(ComponentRoute(ModmailIDs.confirm, rateLimit: ModmailIDs.rateLimit, lock: ModmailIDs.draftLock,
                                        action: .deferred(.update) { try await DraftButtons.send($0, services) }))
        routes.component(ComponentRoute(ModmailIDs.cancel, rateLimit: ModmailIDs.rateLimit, lock: ModmailIDs.draftLock,
                                        action: .deferred(.update) { try await DraftButtons.cancel($0, services) }))
        routes.component(ComponentRoute(ModmailIDs.close, gate: CloseButton.gate, rateLimit: ModmailIDs.rateLimit,
                                        lock: ModmailIDs.ticketLock,
                                        action: .deferred(.ephemeralReply) { try await CloseButton.press($0, services) }))
    }
}
