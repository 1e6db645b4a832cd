import Foundation
import Testing

/// `deploy/raidbot.service` is a unit systemd accepts, and keeps the hardening issue 14 asks for.
@Suite("The systemd unit")
struct ServiceUnitTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let unitPath = repository.appendingPathComponent("deploy/raidbot.service").path
    /// Where the unit expects the installed binary (docs/raspberry-pi.md installs it there).
    static let installedBinary = "/usr/local/bin/raidbot"

    /// `systemd-analyze` on PATH, or nil where systemd is absent (macOS, minimal containers).
    static let systemdAnalyze: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        .split(separator: ":").map { "\($0)/systemd-analyze" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func unitText() throws -> String { try String(contentsOfFile: unitPath, encoding: .utf8) }

    @Test("the unit keeps its hardening and service settings", arguments: [
        "User=raidbot", "StateDirectory=raidbot", "ProtectSystem=strict", "NoNewPrivileges=yes", "MemoryMax=",
        "Restart=on-failure", "LoadCredential=discord-token:", "Environment=DISCORD_TOKEN_FILE=%d/discord-token",
        "ExecStartPre=\(installedBinary) migrate", "ExecStartPre=\(installedBinary) check",
        "ExecStart=\(installedBinary) run", "SystemCallFilter=@system-service", "SystemCallErrorNumber=EPERM",
        "CapabilityBoundingSet=\n", "ProtectHome=yes", "PrivateTmp=yes",
    ])
    func keepsSetting(_ line: String) throws {
        #expect(try Self.unitText().split(separator: "\n", omittingEmptySubsequences: false)
            .contains { ($0 + "\n").hasPrefix(line) })
    }

    /// systemd-analyze checks that every Exec binary exists, so the unit is verified as a copy whose
    /// `/usr/local/bin/raidbot` is the binary this build made; nothing else is changed.
    @Test("systemd-analyze verify accepts the unit without a warning",
          .enabled(if: systemdAnalyze != nil, "systemd-analyze is not installed (no systemd here); the unit was not verified"))
    func systemdAcceptsTheUnit() throws {
        let binary = BotChildProcess.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary), "raidbot is not built at \(binary)")
        let original = try Self.unitText()
        #expect(original.components(separatedBy: Self.installedBinary).count - 1 == 3)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("raidbot-unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let unit = folder.appendingPathComponent("raidbot.service")
        try original.replacingOccurrences(of: Self.installedBinary, with: binary).write(to: unit, atomically: true, encoding: .utf8)

        let (status, output) = try Self.run(Self.systemdAnalyze!, ["verify", "--man=no", unit.path])
        #expect(status == 0, "systemd-analyze verify failed:\n\(output)")
        #expect(output.isEmpty, "systemd-analyze verify warned:\n\(output)")
    }

    /// Runs `tool` to completion and returns its exit status and its merged output.
    static func run(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
