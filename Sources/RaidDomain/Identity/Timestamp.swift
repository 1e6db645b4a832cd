/// A moment as integer Unix milliseconds (UTC), the unit the database stores; every rule receives
/// the current time as one of these, so the rules never read a clock themselves.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public let unixMilliseconds: Int64

    /// Wraps Unix milliseconds.
    public init(unixMilliseconds: Int64) { self.unixMilliseconds = unixMilliseconds }

    /// Whole Unix seconds, as Discord's `<t:…>` markup wants them.
    public var unixSeconds: Int64 { unixMilliseconds / 1000 }

    /// This moment moved by a number of seconds (negative moves back).
    public func adding(seconds: Int64) -> Timestamp {
        Timestamp(unixMilliseconds: unixMilliseconds + seconds * 1000)
    }

    /// This moment moved by a number of minutes.
    public func adding(minutes: Int64) -> Timestamp { adding(seconds: minutes * 60) }

    /// Earlier moments sort first.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.unixMilliseconds < rhs.unixMilliseconds
    }

    /// The raw milliseconds, for logs.
    public var description: String { "\(unixMilliseconds)ms" }
}
