/// A supplied option value. User/channel/role/mentionable/attachment ids arrive as `.string`.
public enum CommandOptionValue: Codable, Hashable, Sendable {
    /// STRING, or an id, or partial autocomplete input.
    case string(String)
    /// INTEGER (−2^53+1 … 2^53−1).
    case integer(Int64)
    /// NUMBER.
    case number(Double)
    /// BOOLEAN.
    case boolean(Bool)

    /// Decodes by the declared option type, falling back to whatever JSON scalar is present.
    init(decoding decoder: any Decoder, as type: ApplicationCommandOptionType) throws {
        let container = try decoder.singleValueContainer()
        if type == .integer, let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(Int64.self), type != .number {
            self = .integer(value)
        } else {
            self = .number(try container.decode(Double.self))
        }
    }

    /// Decodes whatever scalar is present.
    public init(from decoder: any Decoder) throws {
        try self.init(decoding: decoder, as: .unknown(0))
    }

    /// Encodes the scalar.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .boolean(let value): try container.encode(value)
        }
    }

    /// The value as text, if it is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The value as an integer (integers, and whole numbers).
    public var integerValue: Int64? {
        switch self {
        case .integer(let value): value
        case .number(let value) where value.rounded() == value && abs(value) < 9.0e15: Int64(value)
        default: nil
        }
    }

    /// The value as a double (numbers and integers).
    public var numberValue: Double? {
        switch self {
        case .number(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    /// The value as a boolean.
    public var booleanValue: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }

    /// The value as an id (user, role, channel, mentionable, attachment options).
    public var snowflakeValue: Snowflake? { stringValue.flatMap(Snowflake.init) }
}
