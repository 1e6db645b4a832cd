/// A modal form (interaction callback type 9): title, custom_id and up to 5 inputs.
public struct Modal: Codable, Hashable, Sendable {
    /// Identifier sent back with the submission (1–100).
    public var customID: String
    /// Title (1–45).
    public var title: String
    /// Labels (or legacy action rows) holding the inputs.
    public var components: [Component]

    /// Creates a modal.
    public init(customID: String, title: String, components: [Component]) {
        self.customID = customID
        self.title = title
        self.components = components
    }

    enum CodingKeys: String, CodingKey {
        case title, components
        case customID = "custom_id"
    }
}
