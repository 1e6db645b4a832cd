import CivilTime

/// An ISO 8601 instant as Discord sends it ("2026-11-30T01:02:03.456000+00:00"), held as Unix
/// milliseconds UTC. Parsed and formatted by hand: Foundation's formatters would pull in ICU.
public struct DiscordTimestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var unixMilliseconds: Int64

    /// Wraps Unix milliseconds.
    public init(unixMilliseconds: Int64) { self.unixMilliseconds = unixMilliseconds }

    /// Parses an ISO 8601 date-time with optional fraction and a `Z` or `±HH:MM` offset.
    public init?(iso8601 text: String) {
        var parser = ISO8601Parser(Array(text.utf8))
        guard let millis = parser.parse() else { return nil }
        self.unixMilliseconds = millis
    }

    /// The UTC form with milliseconds, e.g. "2026-11-30T01:02:03.456Z".
    public var iso8601: String { UTCFields(unixMilliseconds: unixMilliseconds).iso8601() }

    /// Same as `iso8601`.
    public var description: String { iso8601 }

    /// Orders instants in time.
    public static func < (lhs: DiscordTimestamp, rhs: DiscordTimestamp) -> Bool {
        lhs.unixMilliseconds < rhs.unixMilliseconds
    }
}

extension DiscordTimestamp: Codable {
    /// Decodes an ISO 8601 string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = DiscordTimestamp(iso8601: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 timestamp: \(text)")
        }
        self = value
    }

    /// Encodes as an ISO 8601 UTC string with milliseconds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}

/// A strict little reader for `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
private struct ISO8601Parser {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parse() -> Int64? {
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
              expect("T") || expect("t") || expect(" "),
              let hour = number(2), expect(":"), let minute = number(2), expect(":"), let second = number(2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        let millis = fractionMillis()
        guard let offsetMinutes = offset(), index == bytes.count else { return nil }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60
        return seconds * 1000 + millis
    }

    private mutating func number(_ width: Int) -> Int64? {
        guard index + width <= bytes.count else { return nil }
        var value: Int64 = 0
        for byte in bytes[index..<index + width] {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int64(byte - 48)
        }
        index += width
        return value
    }

    private mutating func expect(_ character: Character) -> Bool {
        guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
        index += 1
        return true
    }

    private mutating func fractionMillis() -> Int64 {
        guard expect(".") else { return 0 }
        var millis: Int64 = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            if digits < 3 { millis = millis * 10 + Int64(bytes[index] - 48) }
            digits += 1
            index += 1
        }
        for _ in digits..<max(digits, 3) { millis *= 10 }
        return millis
    }

    private mutating func offset() -> Int64? {
        if expect("Z") || expect("z") { return 0 }
        let sign: Int64
        if expect("+") { sign = 1 } else if expect("-") { sign = -1 } else { return nil }
        guard let hours = number(2) else { return nil }
        _ = expect(":")
        guard let minutes = number(2) else { return nil }
        return sign * (hours * 60 + minutes)
    }
}
