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

private let validToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz012345"

private func configuration(_ values: [String: String]) throws(ConfigurationError) -> Configuration {
    try Configuration(source: ConfigurationSource(values: values))
}

@Suite("Configuration")
struct ConfigurationTests {
    @Test("an empty environment gives the documented defaults")
    func defaults() throws {
        let config = try configuration([:])
        #expect(config.token == nil)
        #expect(config.guildID == nil)
        #expect(config.apiBase.url == "https://discord.com/api/v10")
        #expect(config.databasePath == "data/raidbot.sqlite")
        #expect(config.backupDirectory == "backups")
        #expect(config.environment == .production)
        #expect(config.logLevel == .info)
        #expect(config.durability == .full)
        #expect(config.readerCount == 2)
        #expect(config.httpTimeoutSeconds == 25)
        #expect(config.metricsPort == nil)
        #expect(config.messageContent)
        #expect(try configuration(["RAIDBOT_MESSAGE_CONTENT": "off"]).messageContent == false)
        #expect(try configuration(["RAIDBOT_METRICS_PORT": "9464"]).metricsPort == 9464)
    }

    @Test("a malformed value stops start-up with one line naming the variable",
          arguments: [
              ("DISCORD_GUILD_ID", "abc"),
              ("DISCORD_GUILD_ID", "-5"),
              ("DISCORD_API_BASE", "ftp://example.com"),
              ("DISCORD_API_BASE", "http://discord.com/api/v10"),
              ("RAIDBOT_ENV", "staging"),
              ("LOG_LEVEL", "loud"),
              ("RAIDBOT_SYNCHRONOUS", "off"),
              ("RAIDBOT_READERS", "0"),
              ("RAIDBOT_BACKUP_KEEP", "many"),
              ("RAIDBOT_HTTP_TIMEOUT_SECONDS", "9999"),
              ("RAIDBOT_GATEWAY_COMPRESSION", "maybe"),
              ("RAIDBOT_MESSAGE_CONTENT", "maybe"),
              ("RAIDBOT_METRICS_PORT", "70000"),
              ("RAIDBOT_METRICS_PORT", "metrics"),
              ("DISCORD_TOKEN", "short"),
          ])
    func malformed(variable: String, value: String) {
        #expect {
            _ = try configuration([variable: value])
        } throws: { error in
            let error = error as? ConfigurationError
            return error?.variable == variable && !(error?.description.contains("\n") ?? true)
        }
    }

    @Test("plain http is accepted for a loopback API base")
    func loopbackHTTP() throws {
        for base in ["http://127.0.0.1:8080/api/v10", "http://localhost:9/api/v10/", "http://[::1]:80/api/v10"] {
            let config = try configuration(["DISCORD_API_BASE": base])
            #expect(!config.apiBase.url.hasSuffix("/"))
        }
    }

    @Test("the token never appears in descriptions or errors")
    func tokenRedacted() throws {
        let config = try configuration(["DISCORD_TOKEN": validToken])
        let token = try config.requireToken()
        #expect(token.secret == validToken)
        #expect(!"\(token)".contains(validToken))
        #expect(!String(reflecting: token).contains(validToken))
        #expect(!"\(config)".contains(validToken))
    }

    @Test("a token file readable by others is refused; an owner-only one is read")
    func tokenFilePermissions() throws {
        let folder = try TemporaryFolder(prefix: "raidbot-token")
        defer { folder.remove() }
        let path = folder.path + "/token"
        #expect(FileManager.default.createFile(atPath: path, contents: Data((validToken + "\n").utf8)))
        chmod(path, 0o644)
        #expect(throws: ConfigurationError.self) { try configuration(["DISCORD_TOKEN_FILE": path]) }
        chmod(path, 0o600)
        #expect(try configuration(["DISCORD_TOKEN_FILE": path]).token?.secret == validToken)
    }

    @Test("setting both DISCORD_TOKEN and DISCORD_TOKEN_FILE is refused")
    func bothTokens() {
        #expect(throws: ConfigurationError(variable: "DISCORD_TOKEN_FILE", problem: "is set together with DISCORD_TOKEN; set only one")) {
            try configuration(["DISCORD_TOKEN": validToken, "DISCORD_TOKEN_FILE": "/x"])
        }
    }

    @Test("the config file is parsed, and the environment overrides it")
    func configFile() throws {
        let values = try ConfigurationSource.parse(configFile: """
            # raidbot.conf
            RAIDBOT_DATABASE = "/var/lib/raidbot/db.sqlite"
            LOG_LEVEL=debug

            """)
        #expect(values == ["RAIDBOT_DATABASE": "/var/lib/raidbot/db.sqlite", "LOG_LEVEL": "debug"])
        #expect(throws: ConfigurationError.self) { try ConfigurationSource.parse(configFile: "not a pair") }
    }
}
