import BotKit

/// Why a custom-role step was refused; renders itself plainly. Each leaves the configuration and the
/// session in a defined state (said per case).
enum CustomRoleRefusal: Error, Hashable, Sendable, UserFacingFailure {
    /// `@everyone`, a managed (bot or integration) role, or one at or above the bot's highest role
    /// (nothing saved).
    case roleNotAllowed(String)
    /// A channel option names no channel the bot can see, or not a text channel (nothing saved).
    case channelMissing(String)
    /// The bot lacks Send Messages or Embed Links there (nothing saved).
    case channelNotSendable(String)
    /// Instructions or description too long or empty (nothing saved).
    case textInvalid(String)
    /// The example screenshot is not an image (nothing saved).
    case exampleNotImage
    /// The panel could not be posted (the configuration is saved without a panel; run again).
    case panelNotPosted
    /// The panel's configuration was replaced or removed (nothing started).
    case panelGone
    /// The member already has the role (nothing started).
    case alreadyHasRole
    /// Another role's session runs (nothing started).
    case otherSessionActive
    /// This role's session is with staff (unchanged).
    case inReview
    /// The bot cannot DM the member (session cancelled).
    case dmsClosed
    /// The ticket was decided already, or the session is no longer in review (unchanged).
    case alreadyReviewed
    /// The session's deadline passed (session `expired`, ticket marked).
    case expired
    /// The role could not be granted (session stays `pending_review`).
    case grantFailed(String)
    /// The reason was empty (unchanged).
    case reasonMissing

    var failureCode: BotErrorCode {
        switch self {
        case .roleNotAllowed, .textInvalid, .exampleNotImage, .reasonMissing: .validation
        case .channelMissing: .notFound
        case .channelNotSendable: .botMissingPermissions
        case .panelNotPosted, .dmsClosed, .grantFailed: .discordError
        case .panelGone, .expired: .staleComponent
        case .alreadyHasRole, .otherSessionActive, .inReview, .alreadyReviewed: .conflict
        }
    }

    var userMessage: String {
        switch self {
        case .roleNotAllowed(let why): "❌ That role can't be used for verification: \(why)."
        case .channelMissing(let option): "❌ I can't find the `\(option)` channel, or it isn't a text channel."
        case .channelNotSendable(let channel):
            "❌ I need **Send Messages** and **Embed Links** in <#\(channel)>. Grant them, then run `/createrole` again."
        case .textInvalid(let why): "❌ \(why)"
        case .exampleNotImage: "❌ The example screenshot must be an image (png, jpg, gif or webp)."
        case .panelNotPosted:
            "❌ Discord refused the panel post. The settings are saved; check my permissions there and run `/createrole` again."
        case .panelGone: "❌ This panel is no longer set up. Ask staff to run `/createrole` again."
        case .alreadyHasRole: "✅ You already have this role."
        case .otherSessionActive:
            "📬 You already have a role verification in progress: finish it in your DMs with me, or wait for staff."
        case .inReview: "🕐 Your screenshot for this role is already with staff. I'll DM you their decision."
        case .dmsClosed:
            "❌ I can't send you direct messages. Allow DMs from server members (Privacy Settings), then press the button again."
        case .alreadyReviewed: "❌ This request was already decided, or it is no longer in review."
        case .expired: "⌛ This request expired before a decision. The ticket is marked; the member can start again."
        case .grantFailed(let why): "❌ I couldn't give the role: \(why). The request stays open for review."
        case .reasonMissing: "❌ Give a reason for the member."
        }
    }
}
