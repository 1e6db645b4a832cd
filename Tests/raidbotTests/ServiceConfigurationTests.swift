import Testing
import TestSupport
@testable import raidbot

#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What running under systemd (deploy/raidbot.service) needs from the configuration: the token
/// from `LoadCredential=` and log lines in the journal's format.
@Suite("Configuration under systemd")
struct ServiceConfigurationTests {
    private let token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz012345"

    private func configuration(_ values: [String: String]) throws(ConfigurationError) -> Configuration {
        try Configuration(source: ConfigurationSource(values: values))
    }

    /// A token file with `mode` in a folder that is (or is not) the credentials directory.
    private func tokenFile(mode: mode_t, in folder: TemporaryFolder) -> String {
        let path = folder.path + "/discord-token"
        _ = FileManager.default.createFile(atPath: path, contents: Data((token + "\n").utf8))
        chmod(path, mode)
        return path
    }

    @Test("a group-readable token is accepted inside $CREDENTIALS_DIRECTORY and refused elsewhere")
    func credentialFileMayBeGroupReadable() throws {
        let folder = try TemporaryFolder(prefix: "raidbot-credentials")
        defer { folder.remove() }
        let path = tokenFile(mode: 0o440, in: folder)
        #expect(throws: ConfigurationError.self) { try configuration(["DISCORD_TOKEN_FILE": path]) }
        let loaded = try configuration(["DISCORD_TOKEN_FILE": path, "CREDENTIALS_DIRECTORY": folder.path])
        #expect(loaded.token?.secret == token)
    }

    @Test("a credential readable by others, or writable by the group, is still refused",
          arguments: [mode_t(0o444), 0o460, 0o404])
    func credentialFileStillGuarded(_ mode: mode_t) throws {
        let folder = try TemporaryFolder(prefix: "raidbot-credentials")
        defer { folder.remove() }
        let path = tokenFile(mode: mode, in: folder)
        #expect(throws: ConfigurationError.self) {
            try configuration(["DISCORD_TOKEN_FILE": path, "CREDENTIALS_DIRECTORY": folder.path])
        }
    }

    @Test("only a file directly inside the credentials directory counts as a credential", arguments: [
        ("/run/credentials/raidbot.service/discord-token", true),
        ("/run/credentials/raidbot.service/sub/discord-token", false),
        ("/run/credentials/raidbot.service/../x/discord-token", false),
        ("/run/credentials/raidbot.serviceX/discord-token", false),
        ("/etc/raidbot/discord-token", false),
    ])
    func credentialPaths(_ path: String, _ isCredential: Bool) {
        #expect(BotToken.isCredential(path, in: "/run/credentials/raidbot.service") == isCredential)
        #expect(BotToken.isCredential(path, in: nil) == false)
    }

    @Test("the log format is text by default, journal when stderr is the journal, and RAIDBOT_LOG_FORMAT wins", arguments: [
        ([String: String](), Configuration.LogFormat.text),
        (["JOURNAL_STREAM": "8:12345"], .journal),
        (["JOURNAL_STREAM": "9:999"], .text),
        (["JOURNAL_STREAM": "8:12345", "RAIDBOT_LOG_FORMAT": "text"], .text),
        (["RAIDBOT_LOG_FORMAT": "Journal"], .journal),
    ])
    func logFormat(_ values: [String: String], _ format: Configuration.LogFormat) throws {
        // As if this process's standard error were the journal stream 8:12345.
        let configuration = try Configuration(source: ConfigurationSource(values: values)) { $0 == "8:12345" }
        #expect(configuration.logFormat == format)
    }

    @Test("an inherited JOURNAL_STREAM that is not this stderr is ignored")
    func foreignJournalStream() {
        #expect(!JournalStream.isStandardError("0:0"))
        #expect(!JournalStream.isStandardError("not a stream"))
    }

    @Test("an unknown log format stops start-up naming the variable")
    func unknownLogFormat() {
        #expect(throws: ConfigurationError(variable: "RAIDBOT_LOG_FORMAT", problem: "must be one of text, journal, got \"json\"")) {
            try configuration(["RAIDBOT_LOG_FORMAT": "json"])
        }
    }
}
