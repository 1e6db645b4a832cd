/// A text block: markdown shown in Components V2 messages and in modals.
public struct TextDisplay: Codable, Hashable, Sendable {
    /// Always `.textDisplay`.
    public private(set) var type: ComponentType = .textDisplay
    /// Optional numeric component id.
    public var id: Int?
    /// Markdown text.
    public var content: String

    /// Creates a text block.
    public init(_ content: String, id: Int? = nil) {
        self.content = content
        self.id = id
    }
}
