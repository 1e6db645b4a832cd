/// A Discord enumeration that keeps values it does not know as `.unknown(raw)` instead of failing,
/// so a new Discord feature never breaks decoding of the payload around it.
public protocol DiscordEnum: RawRepresentable, Codable, Hashable, Sendable
where RawValue: Codable & Hashable & Sendable {
    /// Creates the case for `rawValue`, falling back to `.unknown(rawValue)`.
    init(rawValue: RawValue)
}

extension DiscordEnum {
    /// Decodes the raw value; never fails on an unknown value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(RawValue.self))
    }

    /// Encodes the raw value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
