/// Discord's 64-bit values travel as decimal strings (JSON numbers lose precision past 2^53).
/// Snowflakes and permission sets share this coding; a JSON number is accepted tolerantly.
enum DecimalStringCoding {
    /// Reads a decimal string or, tolerantly, a number; `what` names the value in the error.
    static func decode(from decoder: any Decoder, what: String) throws -> UInt64 {
        let container = try decoder.singleValueContainer()
        guard let text = try? container.decode(String.self) else {
            return try container.decode(UInt64.self)
        }
        guard let value = UInt64(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a \(what): \(text)")
        }
        return value
    }

    /// Writes `value` as a decimal string.
    static func encode(_ value: UInt64, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(value))
    }
}
