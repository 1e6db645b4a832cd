/// A horizontal row: up to 5 buttons, or exactly one select, or (in legacy modals) one text input.
public struct ActionRow: Codable, Hashable, Sendable {
    /// Always `.actionRow`.
    public private(set) var type: ComponentType = .actionRow
    /// Optional numeric component id.
    public var id: Int?
    /// The row's children.
    public var components: [Component]

    /// Creates a row.
    public init(_ components: [Component], id: Int? = nil) {
        self.components = components
        self.id = id
    }
}
