/// A modal submission.
public struct ModalSubmitData: Codable, Hashable, Sendable {
    /// The modal's custom_id.
    public var customID: String
    /// Submitted components (labels or action rows holding text inputs and selects with values).
    public var components: [Component]
    /// Entities behind select values.
    public var resolved: ResolvedData?

    /// Creates modal data, e.g. in the sandbox.
    public init(customID: String, components: [Component], resolved: ResolvedData? = nil) {
        self.customID = customID
        self.components = components
        self.resolved = resolved
    }

    /// Decodes tolerantly: custom_id is required; components that do not decode are dropped.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        customID = try container.decode(String.self, forKey: .customID)
        components = container.lossy([Component].self, forKey: .components) ?? []
        resolved = container.soft(ResolvedData.self, forKey: .resolved)
    }

    /// Every text input's value keyed by its custom_id, wherever it sits (row or label).
    public var textValues: [String: String] {
        var values: [String: String] = [:]
        var pending = components
        while let component = pending.popLast() {
            if case .textInput(let input) = component { values[input.customID] = input.value ?? "" }
            pending.append(contentsOf: component.children)
        }
        return values
    }

    enum CodingKeys: String, CodingKey {
        case components, resolved
        case customID = "custom_id"
    }
}
