/// One way a request body breaks its schema, located by a JSON pointer into the body.
public struct SchemaViolation: Hashable, Sendable, CustomStringConvertible {
    /// JSON pointer into the body ("" is the whole body), e.g. "/embeds/0/title".
    public var pointer: String
    /// The schema keyword that failed, e.g. "maxLength", "required", "type".
    public var keyword: String
    /// Human-readable detail.
    public var message: String

    /// Creates a violation.
    public init(pointer: String, keyword: String, message: String) {
        self.pointer = pointer
        self.keyword = keyword
        self.message = message
    }

    /// "pointer: keyword: message".
    public var description: String { "\(pointer.isEmpty ? "/" : pointer): \(keyword): \(message)" }
}
