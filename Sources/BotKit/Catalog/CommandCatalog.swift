#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DiscordModels

/// Every slash command, declared once: the bulk-overwrite payload, a stable hash of it (register
/// only when it changed) and the text of `/help`.
public struct CommandCatalog: Sendable {
    /// Declarations in registration order.
    public let declarations: [CommandDeclaration]
    private let byName: [String: CommandDeclaration]

    /// Creates a catalog; command names must be unique.
    public init(_ declarations: [CommandDeclaration]) {
        self.declarations = declarations
        byName = Dictionary(declarations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in
            preconditionFailure("command /\(first.name) declared twice")
        })
    }

    /// The declaration of `name`.
    public subscript(name: String) -> CommandDeclaration? { byName[name] }

    /// The body of `PUT /applications/{app}/guilds/{guild}/commands`.
    public var applicationCommands: [ApplicationCommand] { declarations.map(\.applicationCommand) }

    /// A stable hex digest of the registration payload (sorted-key JSON, FNV-1a 64): store it and
    /// skip the overwrite when it has not changed.
    public var registrationHash: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let bytes = (try? encoder.encode(applicationCommands)) ?? Data()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
