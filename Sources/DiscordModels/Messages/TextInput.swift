/// A modal text field; in a MODAL_SUBMIT it carries only `custom_id` and the typed `value`.
public struct TextInput: Codable, Hashable, Sendable {
    /// Always `.textInput`.
    public private(set) var type: ComponentType = .textInput
    /// Optional numeric component id.
    public var id: Int?
    /// Identifier of the field (1–100).
    public var customID: String
    /// One line or paragraph (absent in submissions).
    public var style: TextInputStyle?
    /// Legacy label (≤45); prefer wrapping in a `Label`.
    public var label: String?
    /// Minimum input length (0–4000).
    public var minLength: Int?
    /// Maximum input length (1–4000).
    public var maxLength: Int?
    /// Must be filled.
    public var required: Bool?
    /// Prefilled value, or the submitted value (≤4000).
    public var value: String?
    /// Hint text (≤100).
    public var placeholder: String?

    /// Creates a text field for a modal.
    public init(customID: String, style: TextInputStyle, label: String? = nil, minLength: Int? = nil,
                maxLength: Int? = nil, required: Bool? = nil, value: String? = nil, placeholder: String? = nil) {
        self.customID = customID
        self.style = style
        self.label = label
        self.minLength = minLength
        self.maxLength = maxLength
        self.required = required
        self.value = value
        self.placeholder = placeholder
    }

    enum CodingKeys: String, CodingKey {
        case type, id, style, label, required, value, placeholder
        case customID = "custom_id"
        case minLength = "min_length"
        case maxLength = "max_length"
    }
}
