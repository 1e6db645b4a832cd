/// A modal label: a title and description around one input (text input or select).
public struct Label: Codable, Hashable, Sendable {
    /// Always `.label`.
    public private(set) var type: ComponentType = .label
    /// Optional numeric component id.
    public var id: Int?
    /// The label text (≤45); absent in submitted modals.
    public var label: String?
    /// Help text under the label (≤100).
    public var description: String?
    /// The wrapped input.
    public var component: Component

    /// Creates a label around an input.
    public init(_ label: String, description: String? = nil, component: Component, id: Int? = nil) {
        self.label = label
        self.description = description
        self.component = component
        self.id = id
    }
}
