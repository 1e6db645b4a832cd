#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bot token. Its description is redacted so it never reaches a log line or an error.
struct BotToken: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The secret itself; read it only to build the `Authorization` header.
    let secret: String

    var description: String { "<redacted>" }
    var debugDescription: String { "<redacted>" }

    /// Validates a raw token: printable ASCII, no spaces; a leading "Bot " is tolerated.
    init(validating raw: String, variable: String) throws(ConfigurationError) {
        var value = raw.trimmed
        if value.hasPrefix("Bot ") { value.removeFirst(4) }
        guard value.count >= 20, value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw ConfigurationError(variable: variable, problem: "does not look like a Discord bot token")
        }
        secret = value
    }

    /// Reads `DISCORD_TOKEN`, or the owner-only file named by `DISCORD_TOKEN_FILE`; nil if neither.
    static func load(from source: ConfigurationSource) throws(ConfigurationError) -> BotToken? {
        switch (source["DISCORD_TOKEN"], source["DISCORD_TOKEN_FILE"]) {
        case (nil, nil):
            return nil
        case (.some, .some):
            throw ConfigurationError(variable: "DISCORD_TOKEN_FILE", problem: "is set together with DISCORD_TOKEN; set only one")
        case (let token?, nil):
            return try BotToken(validating: token, variable: "DISCORD_TOKEN")
        case (nil, let path?):
            let credentials = source["CREDENTIALS_DIRECTORY"]
            return try BotToken(validating: readOwnerOnlyFile(path, credentialsDirectory: credentials),
                                variable: "DISCORD_TOKEN_FILE")
        }
    }

    /// The file's text, refusing a file that its group or others could read.
    ///
    /// One exception: a file directly inside systemd's `$CREDENTIALS_DIRECTORY` (`LoadCredential=`)
    /// may be group-readable, because systemd grants the service user read access through an ACL,
    /// which `stat` reports as the group bits; that directory is private to the service.
    private static func readOwnerOnlyFile(_ path: String, credentialsDirectory: String?) throws(ConfigurationError) -> String {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw ConfigurationError(variable: "DISCORD_TOKEN_FILE", problem: "names a file that does not exist: \(path)")
        }
        let allowed: mode_t = isCredential(path, in: credentialsDirectory) ? 0o040 : 0
        guard info.st_mode & 0o077 & ~allowed == 0 else {
            throw ConfigurationError(variable: "DISCORD_TOKEN_FILE",
                                     problem: "must be readable by its owner alone (chmod 600 \(path))")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ConfigurationError(variable: "DISCORD_TOKEN_FILE", problem: "names a file that cannot be read: \(path)")
        }
        return text
    }

    /// Whether `path` names a file directly inside the systemd credentials directory `directory`.
    static func isCredential(_ path: String, in directory: String?) -> Bool {
        guard let directory, directory.hasPrefix("/") else { return false }
        let folder = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard path.hasPrefix(folder + "/") else { return false }
        let name = path.dropFirst(folder.count + 1)
        return !name.isEmpty && !name.contains("/") && name != ".."
    }
}
