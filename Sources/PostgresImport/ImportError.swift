/// The one error type of the import: what went wrong, in a sentence for the operator. Messages
/// never carry the source password (`redacting` scrubs any text that came from elsewhere).
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure, so callers and tests can branch without parsing messages.
    public enum Code: String, Sendable {
        /// The source URL is malformed.
        case url
        /// The server could not be reached (refused, unreachable, timed out, DNS).
        case unreachable
        /// The server refused the login (wrong user or password, missing database).
        case authentication
        /// The source is not the incumbent's final schema (a table or column is missing).
        case schema
        /// Rows break raidbot's constraints and `--skip-invalid` was not given.
        case invalidRows
        /// The target database cannot be used (held by a bot, not empty, unwritable).
        case target
        /// A query on the source failed mid-import.
        case source
    }

    /// What kind of failure.
    public let code: Code
    /// The sentence to print.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message alone.
    public var description: String { message }

    /// The same error with every occurrence of `secret` replaced by `***`.
    func redacting(_ secret: String?) -> ImportError {
        guard let secret, !secret.isEmpty else { return self }
        return ImportError(code, message.replacing(secret, with: "***"))
    }
}
