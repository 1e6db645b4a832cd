/// One broken Discord limit in an outgoing payload, e.g. "embed.fields: 26 > 25 at embeds[0].fields".
public struct LimitViolation: Hashable, Sendable, CustomStringConvertible {
    /// The limit's name, e.g. "embed.fields" or "content".
    public var limit: String
    /// Where in the payload, as a JSON-ish path, e.g. "embeds[0].fields".
    public var path: String
    /// The offending size or count.
    public var actual: Int
    /// The bound that was crossed.
    public var bound: Int
    /// Whether `bound` is a minimum (true) or a maximum (false).
    public var isMinimum: Bool

    /// Creates a violation record.
    public init(limit: String, path: String, actual: Int, bound: Int, isMinimum: Bool = false) {
        self.limit = limit
        self.path = path
        self.actual = actual
        self.bound = bound
        self.isMinimum = isMinimum
    }

    /// "limit: actual > bound at path" (or "<" for minimums).
    public var description: String {
        "\(limit): \(actual) \(isMinimum ? "<" : ">") \(bound) at \(path)"
    }
}
