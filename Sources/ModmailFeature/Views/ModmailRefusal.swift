import BotKit
import FeatureKit
import RaidDomain

/// Why a modmail step was refused; renders itself for the member through the router. Every refusal
/// happens before anything is written.
enum ModmailRefusal: Error, Hashable, Sendable, UserFacingFailure {
    /// The member is not in the server the bot serves.
    case notAMember
    /// Staff blacklisted the member from modmail.
    case blacklisted
    /// The member already has an open ticket.
    case ticketAlreadyOpen(String)
    /// No `modmail` channel is mapped.
    case channelNotConfigured
    /// The bot cannot DM the member.
    case dmsClosed
    /// The draft expired or was sent or cancelled already.
    case draftGone
    /// Someone else's preview buttons.
    case notYourDraft
    /// `/modmailreply` outside a ticket's thread.
    case notATicketThread
    /// The ticket is closed already.
    case ticketClosed(String)
    /// A text over its limit, or empty.
    case input(InputProblem)
    /// `ModmailPolicy` forbids aiming the command at this member (blacklisting oneself).
    case target(TargetRefusal)
    /// `/modmailunblacklist` of a member who is not blacklisted.
    case notBlacklisted
    /// Discord refused a post the step needs; nothing was recorded.
    case discordRefused(String)

    /// The command-log code.
    var failureCode: BotErrorCode {
        switch self {
        case .notAMember, .notBlacklisted: .notFound
        case .blacklisted, .notYourDraft: .notAuthorized
        case .target(let refusal): refusal.failureCode
        case .ticketAlreadyOpen, .ticketClosed: .conflict
        case .channelNotConfigured: .channelNotConfigured
        case .dmsClosed, .discordRefused: .discordError
        case .draftGone: .staleComponent
        case .notATicketThread, .input: .validation
        }
    }

    /// The sentence shown to the member.
    var userMessage: String {
        switch self {
        case .notAMember: "❌ You need to be a member of the server to contact its staff."
        case .blacklisted: "❌ You have been blacklisted from modmail in this server."
        case .ticketAlreadyOpen(let id):
            "❌ You already have an open modmail ticket (`\(id)`). Just DM me to add to it; staff will answer there."
        case .channelNotConfigured:
            "❌ Modmail isn't set up in this server yet: an administrator must set the modmail channel with `/setchannels`."
        case .dmsClosed:
            "❌ I can't send you direct messages. Allow DMs from server members, then try again. Nothing was sent."
        case .draftGone: "❌ This modmail draft has expired or was already sent. Run `/modmail` to start again."
        case .notYourDraft: "❌ Only the member who wrote this message can send or cancel it."
        case .notATicketThread: "❌ Use this command inside a modmail ticket's thread."
        case .ticketClosed(let id): "❌ Ticket `\(id)` is already closed."
        case .input(let problem): problem.reply
        case .target(let refusal): refusal.userMessage
        case .notBlacklisted: "❌ That member is not blacklisted from modmail."
        case .discordRefused(let what): "❌ Discord refused to \(what). Nothing was recorded; please try again."
        }
    }
}

extension BotErrorCode {
    /// A channel the action needs is not mapped with `/setchannels`.
    static let channelNotConfigured = BotErrorCode("CHANNEL_NOT_CONFIGURED",
                                                   friendlyMessage: "❌ A channel this needs isn't configured.")
}
