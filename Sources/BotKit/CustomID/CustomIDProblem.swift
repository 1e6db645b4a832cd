/// Why a custom_id was refused; the router answers all of them with a clear ephemeral message.
public enum CustomIDProblem: Error, Hashable, Sendable {
    /// No id at all.
    case empty
    /// Longer than Discord's 100 characters.
    case tooLong(Int)
    /// Not `v1:` (an id of the incumbent bot no alias accepts, or of a future version).
    case unsupportedVersion
    /// Fewer than namespace and action.
    case missingAction
    /// Namespace or action is not a lowercase token.
    case badName
    /// An argument is empty or holds characters outside `[A-Za-z0-9_-]` (index among arguments).
    case badArgument(index: Int)
    /// No route is registered for this namespace and action.
    case unknownRoute(CustomIDRouteKey)
    /// The route expects a different number of arguments.
    case wrongArgumentCount(expected: Int, actual: Int)
    /// An argument does not have the kind the route declares (e.g. not a snowflake).
    case wrongArgumentKind(index: Int, expected: CustomIDArgumentKind)
    /// An incumbent id's argument holds a value the alias does not know (index among arguments).
    case unknownIncumbentValue(index: Int)
    /// The id names a different object than the message it sits on (e.g. another run's id).
    case mismatchedSubject

    /// The code the router records for this problem.
    public var code: BotErrorCode {
        switch self {
        case .unknownRoute, .mismatchedSubject: .staleComponent
        default: .malformedComponent
        }
    }
}
