/// A button click or select choice.
public struct MessageComponentData: Codable, Hashable, Sendable {
    /// The clicked component's custom_id.
    public var customID: String
    /// Which kind of component.
    public var componentType: ComponentType
    /// Chosen values (selects only; ids for user/role/channel selects).
    public var values: [String]?
    /// Users, roles, channels behind auto-populated select values.
    public var resolved: ResolvedData?

    /// Creates component data, e.g. in the sandbox.
    public init(customID: String, componentType: ComponentType, values: [String]? = nil, resolved: ResolvedData? = nil) {
        self.customID = customID
        self.componentType = componentType
        self.values = values
        self.resolved = resolved
    }

    /// Decodes tolerantly: custom_id and component_type are required; values and resolved are
    /// dropped when malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        customID = try container.decode(String.self, forKey: .customID)
        componentType = try container.decode(ComponentType.self, forKey: .componentType)
        values = container.soft([String].self, forKey: .values)
        resolved = container.soft(ResolvedData.self, forKey: .resolved)
    }

    enum CodingKeys: String, CodingKey {
        case values, resolved
        case customID = "custom_id"
        case componentType = "component_type"
    }
}
