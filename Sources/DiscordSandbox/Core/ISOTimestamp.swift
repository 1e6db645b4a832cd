import CivilTime

/// ISO 8601 timestamps as Discord writes them.
enum ISOTimestamp {
    /// `2026-11-30T02:15:00.123+00:00`, the form Discord uses, for a Unix time in milliseconds.
    static func string(unixMilliseconds: UInt64) -> String {
        UTCFields(unixMilliseconds: Int64(unixMilliseconds)).iso8601(suffix: "+00:00")
    }
}
