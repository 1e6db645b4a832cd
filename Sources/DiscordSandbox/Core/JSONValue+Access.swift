import DiscordModels

/// Read helpers the sandbox uses to inspect request bodies without modelling every field.
extension JSONValue {
    /// The members when this is an object.
    public var asObject: [String: JSONValue]? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The elements when this is an array.
    public var asArray: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }

    /// The value as an integer when it is a whole number (or a numeric string, as snowflakes are).
    public var asInt: Int? {
        switch self {
        case .number(let number) where number.rounded() == number: return Int(number)
        case .string(let text): return Int(text)
        default: return nil
        }
    }

    /// The value as a snowflake when it is a numeric string or number.
    public var asSnowflake: Snowflake? {
        switch self {
        case .string(let text): return Snowflake(text)
        case .number(let number) where number >= 0: return Snowflake(UInt64(number))
        default: return nil
        }
    }

    /// The value as text when it is a string.
    public var asString: String? { if case .string(let text) = self { return text } else { return nil } }

    /// The value as a boolean when it is one.
    public var asBool: Bool? { if case .bool(let flag) = self { return flag } else { return nil } }

    /// A snowflake rendered as Discord sends it: a JSON string.
    static func id(_ snowflake: Snowflake) -> JSONValue { .string(snowflake.description) }

    /// An integer as a JSON number.
    static func int(_ value: Int) -> JSONValue { .number(Double(value)) }
}
