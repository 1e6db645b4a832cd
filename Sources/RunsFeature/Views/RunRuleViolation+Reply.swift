import FeatureKit
import BotKit
import RaidDomain

/// A refused run command is an ordinary answer to the member: the router shows the rule's own
/// sentence and records a code from §10.2.
extension RunRuleViolation: UserFacingFailure {
    /// The command-log code of the refusal.
    public var failureCode: BotErrorCode {
        switch self {
        case .notOrganizer, .onlyOrganizerPopsKeys: .notOrganizer
        case .runEnded: .alreadyTerminal
        case .keyPopNotLive, .progressionNotLive: .runNotLive
        case .alreadyLive, .notStarted, .autoEndNotDue: .invalidStatusTransition
        case .joinLocked, .suspended: .runClosed
        case .alreadyJoined, .notJoined, .organizerAlreadyActive, .headcountClosed: .conflict
        case .unknownKey: .staleComponent
        default: .validation
        }
    }

    /// The rule's own sentence.
    public var userMessage: String { reply }
}
