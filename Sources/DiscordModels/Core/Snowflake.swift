/// A Discord id: an unsigned 64-bit value (a 32-bit `Int` on a Pi is too small), sent as a JSON string.
public struct Snowflake: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByIntegerLiteral,
    CustomStringConvertible, LosslessStringConvertible {
    /// The 64-bit id.
    public var rawValue: UInt64

    /// Wraps a raw id.
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Wraps a raw id.
    public init(_ rawValue: UInt64) { self.rawValue = rawValue }

    /// Allows `let id: Snowflake = 123` in tests and constants.
    public init(integerLiteral value: UInt64) { self.rawValue = value }

    /// Parses the decimal form Discord sends; nil for anything else.
    public init?(_ description: String) {
        guard let value = UInt64(description) else { return nil }
        self.rawValue = value
    }

    /// The decimal form Discord expects.
    public var description: String { String(rawValue) }

    /// Milliseconds since the Unix epoch at which Discord minted this id.
    public var unixMilliseconds: UInt64 { (rawValue >> 22) + Snowflake.discordEpochMilliseconds }

    /// Discord's epoch, the first millisecond of 2015, in Unix milliseconds.
    public static let discordEpochMilliseconds: UInt64 = 1_420_070_400_000

    /// Orders ids by value, which is also creation order.
    public static func < (lhs: Snowflake, rhs: Snowflake) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Snowflake: Codable {
    /// Accepts the usual JSON string and, tolerantly, a JSON number.
    public init(from decoder: any Decoder) throws {
        rawValue = try DecimalStringCoding.decode(from: decoder, what: "snowflake")
    }

    /// Always encodes as a decimal string, as Discord requires.
    public func encode(to encoder: any Encoder) throws {
        try DecimalStringCoding.encode(rawValue, to: encoder)
    }
}

extension Snowflake: CodingKeyRepresentable {
    /// Lets `[Snowflake: T]` dictionaries (e.g. `resolved.users`) round-trip as JSON objects.
    public var codingKey: any CodingKey { SnowflakeKey(stringValue: description) }

    /// Reads a dictionary key back as a snowflake.
    public init?<T: CodingKey>(codingKey: T) {
        self.init(codingKey.stringValue)
    }
}

/// The coding key used when a snowflake keys a JSON object.
private struct SnowflakeKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
