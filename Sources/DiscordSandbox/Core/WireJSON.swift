import DiscordModels
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// JSON text in and out of `JSONValue`, shared by the gateway and REST sides.
enum WireJSON {
    /// Encodes a value as compact JSON text.
    static func text(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Encodes a value as JSON bytes.
    static func bytes(_ value: JSONValue) -> [UInt8] { Array(text(value).utf8) }

    /// Decodes JSON bytes, or nil when they are not JSON.
    static func value(_ bytes: some Collection<UInt8>) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    }
}
