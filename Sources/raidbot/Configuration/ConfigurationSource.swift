#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The raw key/value settings: an optional `KEY=VALUE` config file, overridden by the environment.
///
/// Kept separate from `Configuration` so parsing is a pure function of these values (testable
/// without touching the process environment).
struct ConfigurationSource: Sendable {
    /// The merged settings; environment values win over the file's.
    let values: [String: String]

    init(values: [String: String]) { self.values = values }

    /// Reads `RAIDBOT_CONFIG_FILE` (if set) and merges the environment over it.
    static func load(environment: [String: String]) throws(ConfigurationError) -> ConfigurationSource {
        guard let path = environment["RAIDBOT_CONFIG_FILE"], !path.isEmpty else {
            return ConfigurationSource(values: environment)
        }
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(variable: "RAIDBOT_CONFIG_FILE", problem: "names a file that cannot be read: \(path)")
        }
        var merged = try parse(configFile: text)
        if merged["DISCORD_TOKEN"] != nil {
            throw ConfigurationError(variable: "DISCORD_TOKEN",
                                     problem: "must not be in the config file; use the environment or DISCORD_TOKEN_FILE")
        }
        merged.merge(environment) { _, fromEnvironment in fromEnvironment }
        return ConfigurationSource(values: merged)
    }

    /// Parses `KEY=VALUE` lines; blank lines and `#` comments are skipped, values may be quoted.
    static func parse(configFile text: String) throws(ConfigurationError) -> [String: String] {
        var values: [String: String] = [:]
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmed
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ConfigurationError(variable: "RAIDBOT_CONFIG_FILE", problem: "line \(number + 1) is not KEY=VALUE")
            }
            let key = line[..<equals].trimmed
            var value = line[line.index(after: equals)...].trimmed
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            values[key] = value
        }
        return values
    }

    /// The value of `key`, or nil when it is unset or empty.
    subscript(key: String) -> String? {
        guard let value = values[key], !value.isEmpty else { return nil }
        return value
    }
}
