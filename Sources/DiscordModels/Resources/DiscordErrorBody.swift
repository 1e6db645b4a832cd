/// Discord's JSON error body: `{code, message, errors?}`, errors mirroring the request's JSON path.
public struct DiscordErrorBody: Codable, Hashable, Sendable {
    /// Discord's error code, e.g. 50035 invalid form body, 10062 unknown interaction.
    public var code: Int
    /// Human-readable message.
    public var message: String
    /// Nested field errors with leaf `_errors` arrays.
    public var errors: JSONValue?

    /// Creates an error body, e.g. in the sandbox.
    public init(code: Int, message: String, errors: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.errors = errors
    }

    /// Decodes tolerantly: a 429 body has no `code`, which then reads as 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decodeIfPresent(Int.self, forKey: .code) ?? 0
        message = try container.decodeIfPresent(String.self, forKey: .message) ?? ""
        errors = try container.decodeIfPresent(JSONValue.self, forKey: .errors)
    }

    enum CodingKeys: String, CodingKey {
        case code, message, errors
    }
}
