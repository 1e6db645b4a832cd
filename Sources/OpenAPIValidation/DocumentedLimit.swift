/// A property of a named component schema whose documented limit differs from the spec's.
public struct DocumentedLimit: Sendable, Hashable {
    /// The component schema name, e.g. "MessageCreateRequest".
    public var schema: String
    /// The property name, e.g. "content".
    public var property: String

    /// Creates a key.
    public init(schema: String, property: String) {
        self.schema = schema
        self.property = property
    }
}
