import BotKit
import RaidDomain

/// Why a verification step was refused or did not pass; renders itself for the member. Each leaves
/// the session in a defined state (said per case).
enum VerificationRefusal: Error, Hashable, Sendable, UserFacingFailure {
    /// The member already has the verified raider role (nothing changes).
    case alreadyVerified
    /// A session is already in progress (it continues in DMs).
    case sessionInProgress
    /// The bot cannot DM the member (no session started).
    case dmsClosed
    /// No verified raider role is mapped (nothing applied).
    case roleNotConfigured
    /// Someone else's buttons.
    case notYours
    /// The session expired or ended (the member starts again).
    case sessionGone
    /// The code is not in the description yet (session stays `pending_realmeye`).
    case codeMissing
    /// RealmEye has no such player (stays `pending_realmeye`).
    case playerNotFound(String)
    /// The profile is private (stays `pending_realmeye`).
    case privateProfile
    /// RealmEye is down, slow or changed (stays `pending_realmeye`).
    case realmEyeUnavailable
    /// RealmEye refused the bot, 403 or 429 (stays `pending_realmeye`; staff are told once per 30 minutes).
    case realmEyeBlocked
    /// Another member holds the IGN (stays `pending_realmeye`; nothing applied).
    case ignTaken(String)
    /// Discord refused the role or nickname (stays `pending_realmeye`).
    case discordRefused(String)
    /// No `manual_verification` channel for a review (stays `pending_realmeye`).
    case reviewChannelNotConfigured
    /// `/configverification send-panel` without a channel and none mapped.
    case panelChannelMissing
    /// The ticket was decided already, or the session left review (nothing changes).
    case alreadyReviewed
    /// A reviewer's input was refused (the text says why; nothing changes).
    case invalidIGN(String)

    /// The command-log code.
    var failureCode: BotErrorCode {
        switch self {
        case .alreadyVerified, .sessionInProgress, .ignTaken, .alreadyReviewed: .conflict
        case .invalidIGN: .validation
        case .dmsClosed, .discordRefused: .discordError
        case .roleNotConfigured: .roleNotConfigured
        case .reviewChannelNotConfigured, .panelChannelMissing: .channelNotConfigured
        case .notYours: .notAuthorized
        case .sessionGone: .staleComponent
        case .codeMissing, .playerNotFound, .privateProfile: .validation
        case .realmEyeUnavailable, .realmEyeBlocked: .realmEyeUnavailable
        }
    }

    /// The sentence shown to the member.
    var userMessage: String {
        switch self {
        case .alreadyVerified: "✅ You are already verified here."
        case .sessionInProgress: "📬 You already have a verification in progress: continue it in your DMs with me."
        case .dmsClosed: "❌ I can't send you direct messages. Allow DMs from server members, then press Get Verified again."
        case .roleNotConfigured: "❌ Verification isn't set up yet: staff must map the Verified Raider role with `/setroles`."
        case .notYours: "❌ These buttons belong to another member's verification."
        case .sessionGone: "⌛ This verification session expired or ended. Press Get Verified on the server to start again."
        case .codeMissing:
            "❌ I couldn't find the code in your RealmEye description. Save it there (it can take a minute to show), then press Done again."
        case .playerNotFound(let ign):
            "❌ RealmEye doesn't know **\(ign)**, or the profile is private. Check the spelling and make your profile public, then press Done again."
        case .privateProfile: "❌ Your RealmEye profile is private. Make it public in RealmEye's settings, then press Done again."
        case .realmEyeUnavailable: "❌ RealmEye can't be read right now. Try Done again in a few minutes."
        case .realmEyeBlocked:
            "❌ RealmEye can't be read right now: it is refusing the bot's requests, and staff have been told. "
                + "Try Done again later (in half an hour or so), or press Cancel and start again with the Manual Screenshot method."
        case .ignTaken: "❌ That IGN is already verified by another Discord account. Contact staff if it's yours."
        case .discordRefused(let what): "❌ Discord refused to \(what). Contact staff; you can press Done again after."
        case .reviewChannelNotConfigured:
            "❌ Your profile needs a staff review, but no manual verification channel is set. Contact staff."
        case .panelChannelMissing: "❌ Name a channel, or map the Get Verified channel with `/setchannels`."
        case .alreadyReviewed: "❌ This verification was already decided, or the member's session is no longer in review."
        case .invalidIGN(let reply): reply
        }
    }
}

extension BotErrorCode {
    /// A channel the step needs is not mapped with `/setchannels`.
    static let channelNotConfigured = BotErrorCode("CHANNEL_NOT_CONFIGURED",
                                                   friendlyMessage: "❌ A channel this needs isn't configured.")
    /// RealmEye could not be read or refused the bot.
    static let realmEyeUnavailable = BotErrorCode("REALMEYE_UNAVAILABLE",
                                                  friendlyMessage: "❌ RealmEye can't be read right now.")
}

extension IGN {
    /// `text` as an IGN, or the refusal saying what is wrong with it (nothing changes).
    static func checked(_ text: String) throws -> IGN {
        switch parse(text) {
        case .success(let ign): return ign
        case .failure(let problem): throw VerificationRefusal.invalidIGN(problem.reply)
        }
    }
}
