/// How strictly to read the spec, given its known quirks (discord-api.md §7.1).
public struct ValidationOptions: Sendable, Hashable {
    /// Quirk (c): accept decimal strings where the spec says integer (e.g. `default_member_permissions`,
    /// a permission bitset sent as a string). Integers with `format: int32` (types, styles) stay strict.
    public var acceptIntegerStrings: Bool
    /// Apply the documented limits where the spec is looser (quirks b and f): see `documentedLimits`.
    public var applyDocumentedLimits: Bool
    /// Treat objects as closed: report properties the schema does not declare (catches misspelled
    /// keys; the spec itself allows them).
    public var rejectUnknownProperties: Bool

    /// Creates options; the defaults follow the docs where they and the spec disagree.
    public init(acceptIntegerStrings: Bool = true, applyDocumentedLimits: Bool = true, rejectUnknownProperties: Bool = false) {
        self.acceptIntegerStrings = acceptIntegerStrings
        self.applyDocumentedLimits = applyDocumentedLimits
        self.rejectUnknownProperties = rejectUnknownProperties
    }

    /// Spec defaults plus documented limits.
    public static let `default` = ValidationOptions()

    /// Also reports undeclared properties.
    public static let strict = ValidationOptions(rejectUnknownProperties: true)

    /// Where the docs are stricter than the spec: (schema name, property) → the documented maximum,
    /// applied as maxLength to strings and maxItems to arrays.
    public static let documentedLimits: [DocumentedLimit: Int] = [
        DocumentedLimit(schema: "MessageCreateRequest", property: "content"): 2000,
        DocumentedLimit(schema: "MessageEditRequestPartial", property: "content"): 2000,
        DocumentedLimit(schema: "ModalInteractionCallbackRequestData", property: "components"): 5,
    ]
}
