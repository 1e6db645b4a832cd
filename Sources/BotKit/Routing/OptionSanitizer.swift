#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DiscordModels

/// Turns a command's options into the `command_log.options` JSON (§10.7): leaf option values by
/// name, secrets redacted by key, long text cut so a log row never carries a whole essay.
public enum OptionSanitizer {
    /// Key fragments whose values are replaced with `[REDACTED]`.
    static let secretFragments = ["token", "password", "api_key", "apikey", "secret"]
    /// Longest string value kept.
    public static let maximumValueLength = 100

    /// The sanitized options of `data` as a sorted-key JSON object.
    public static func json(for data: ApplicationCommandData) -> String {
        var object: [String: JSONValue] = [:]
        for option in data.leafOptions {
            object[option.name] = sanitized(option)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let bytes = try? encoder.encode(object) else { return "{}" }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func sanitized(_ option: CommandInteractionOption) -> JSONValue {
        let key = option.name.lowercased()
        if secretFragments.contains(where: key.contains) { return .string("[REDACTED]") }
        switch option.value {
        case .string(let text)?: return .string(String(text.prefix(maximumValueLength)))
        case .integer(let value)?: return .number(Double(value))
        case .number(let value)?: return .number(value)
        case .boolean(let value)?: return .bool(value)
        case nil: return .null
        }
    }
}
