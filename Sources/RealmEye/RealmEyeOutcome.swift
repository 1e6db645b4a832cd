/// What one look-up of a player on RealmEye came to. Closed: a caller decides for each case.
public enum RealmEyeOutcome: Hashable, Sendable {
    /// The page showed a profile.
    case found(RealmEyeProfile)
    /// RealmEye has no such player (404, or its not-found page).
    case notFound
    /// The player exists but hides their profile.
    case `private`
    /// RealmEye could not be read: down, slow, an unexpected answer, or a page in a layout we do not know.
    case unavailable(Unavailable)
    /// RealmEye refused us (403 or 429): staff should know, retrying at once will not help.
    case blocked(status: Int)

    /// Why RealmEye could not be read.
    public enum Unavailable: Hashable, Sendable {
        /// No answer within the deadline.
        case timeout
        /// The connection failed (libcurl's code).
        case network(curlCode: Int)
        /// An HTTP status other than 200, 404, 403 and 429.
        case status(Int)
        /// A 200 page whose markup has none of the shapes we read: fail loudly, never verify.
        case layoutChanged(String)
        /// libxml2, opened on first use, could not be loaded (the reason, e.g. the package is missing).
        case parserMissing(String)
    }
}
