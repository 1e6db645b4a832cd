/// BotKit's one error type: a code the user sees as a friendly message, a detail for the log only.
public struct BotKitError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in the vocabulary of `command_log.error_code`.
    public var code: BotErrorCode
    /// Operator-facing detail (never shown to members; never contains tokens).
    public var detail: String
    /// Text shown instead of the code's default, when the failure has a specific, safe explanation.
    public var userMessage: String?
    /// The error that caused this one, if any.
    public var underlying: (any Error & Sendable)?

    /// Creates an error with its code, log detail and optional user-facing override.
    public init(_ code: BotErrorCode, detail: String = "", userMessage: String? = nil,
                underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.detail = detail
        self.userMessage = userMessage
        self.underlying = underlying
    }

    /// One line for logs.
    public var description: String {
        var text = "BotKitError \(code.rawValue)"
        if !detail.isEmpty { text += ": \(detail)" }
        if let underlying { text += " (underlying: \(underlying))" }
        return text
    }
}
