/// Typed reads of single variables, each failing with a line that names the variable.
struct ConfigurationReader {
    let source: ConfigurationSource

    /// A Discord snowflake: a positive decimal 64-bit integer, or nil when unset.
    func snowflake(_ name: String) throws(ConfigurationError) -> UInt64? {
        guard let raw = source[name] else { return nil }
        guard let value = UInt64(raw), value > 0 else {
            throw ConfigurationError(variable: name, problem: "must be a Discord id (digits only), got \"\(raw)\"")
        }
        return value
    }

    /// An integer within `range`.
    func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
        guard let raw = source[name] else { return fallback }
        guard let value = Int(raw), range.contains(value) else {
            throw ConfigurationError(variable: name,
                                     problem: "must be a whole number from \(range.lowerBound) to \(range.upperBound), got \"\(raw)\"")
        }
        return value
    }

    /// One of a fixed set of words (case-insensitive).
    func choice<Value: LosslessStringConvertible & CaseListing>(_ name: String, default fallback: Value) throws(ConfigurationError) -> Value {
        guard let raw = source[name] else { return fallback }
        guard let value = Value(raw.lowercased()) else {
            let allowed = Value.allowedWords.joined(separator: ", ")
            throw ConfigurationError(variable: name, problem: "must be one of \(allowed), got \"\(raw)\"")
        }
        return value
    }

    /// A boolean written as true/false, yes/no, on/off or 1/0.
    func flag(_ name: String, default fallback: Bool) throws(ConfigurationError) -> Bool {
        guard let raw = source[name] else { return fallback }
        switch raw.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: throw ConfigurationError(variable: name, problem: "must be true or false, got \"\(raw)\"")
        }
    }

    /// A file-system path without NUL bytes.
    func path(_ name: String, default fallback: String) throws(ConfigurationError) -> String {
        guard let raw = source[name] else { return fallback }
        guard !raw.contains("\0") else {
            throw ConfigurationError(variable: name, problem: "must be a file path")
        }
        return raw
    }
}

/// The words a `choice` variable accepts, listed in its error message.
protocol CaseListing { static var allowedWords: [String] { get } }

import Logging
extension Logger.Level: CaseListing {
    static var allowedWords: [String] { Logger.Level.allCases.map(\.rawValue) }
}
extension Configuration.Environment: CaseListing {
    static var allowedWords: [String] { ["production", "development"] }
}
extension Configuration.LogFormat: CaseListing {
    static var allowedWords: [String] { ["text", "journal"] }
}
extension Configuration.Durability: CaseListing {
    static var allowedWords: [String] { ["full", "normal"] }
}
