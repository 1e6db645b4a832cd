import FeatureKit
import BotKit
import RaidDomain

/// Why a party action was refused; renders itself for the member through the router.
enum PartyRefusal: Error, Hashable, Sendable, UserFacingFailure {
    /// A party rule said no (one open post, three per 30 minutes, owner-only extend, input).
    case rule(PartyRuleViolation)
    /// The party is closed, expired or unknown (a button of an old post).
    case notOpen
    /// Close pressed by someone who is neither the owner nor a moderator.
    case notAllowedToClose

    /// The command-log code.
    var failureCode: BotErrorCode {
        switch self {
        case .rule(.onlyOwnerExtends), .notAllowedToClose: .notAuthorized
        case .rule(.alreadyHasParty), .rule(.tooManyParties): .conflict
        case .rule: .validation
        case .notOpen: .notFound
        }
    }

    /// The sentence shown to the member.
    var userMessage: String {
        switch self {
        case .rule(let violation): violation.reply
        case .notOpen: "❌ This party is already closed or no longer exists."
        case .notAllowedToClose: "❌ Only the party owner or a moderator can close this party."
        }
    }
}
