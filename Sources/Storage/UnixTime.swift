import CivilTime

/// Wall-clock time as integer Unix milliseconds (the schema's time unit), and its UTC rendering
/// for file names, formatted by hand (no DateFormatter: it would pull in ICU).
public enum UnixTime {
    /// The system's current time in Unix milliseconds; the default clock callers may replace.
    @Sendable public static func now() -> Int64 { SystemBotClock().unixMilliseconds() }

    /// `20261130T021500Z` for a Unix-millisecond time: sortable, and safe in file names.
    public static func compactUTC(_ milliseconds: Int64) -> String {
        UTCFields(unixMilliseconds: milliseconds).compact
    }
}
