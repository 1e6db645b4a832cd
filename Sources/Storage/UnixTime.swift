import CivilTime
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock time as integer Unix milliseconds (the schema's time unit), and its UTC rendering
/// for file names, formatted by hand (no DateFormatter: it would pull in ICU).
public enum UnixTime {
    /// The system's current time in Unix milliseconds; the default clock callers may replace.
    @Sendable public static func now() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000 + Int64(spec.tv_nsec) / 1_000_000
    }

    /// `20261130T021500Z` for a Unix-millisecond time: sortable, and safe in file names.
    public static func compactUTC(_ milliseconds: Int64) -> String {
        UTCFields(unixMilliseconds: milliseconds).compact
    }
}
