import DiscordSandbox
import Foundation

/// The bot under test as a child process on a temporary database, pointed at the sandbox.
final class BotProcess {
    private let process: Process
    private let folder: URL

    private init(process: Process, folder: URL) {
        self.process = process
        self.folder = folder
    }

    /// `raidbot` next to this benchmark's own executable (the same build folder).
    static func defaultBinary() -> String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("raidbot").path
    }

    /// Starts the bot with a fresh database in a temporary folder.
    static func launch(binary: String, sandbox: DiscordSandbox, configuration: SandboxConfiguration) throws -> BotProcess {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("raidbot-transport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.environment = [
            "DISCORD_TOKEN": configuration.token,
            "DISCORD_GUILD_ID": "\(configuration.guildID)",
            "DISCORD_API_BASE": sandbox.apiBase,
            "RAIDBOT_DATABASE": folder.appendingPathComponent("raidbot.sqlite").path,
            "RAIDBOT_BACKUP_DIR": folder.appendingPathComponent("backups").path,
            "RAIDBOT_BACKUP_INTERVAL_HOURS": "0",
            "LOG_LEVEL": "warning",
        ]
        // glibc's malloc tuning and raidbot's own settings (e.g. RAIDBOT_READERS), passed through so
        // their effect on RSS can be measured; the database and backup paths stay the benchmark's.
        for (name, value) in ProcessInfo.processInfo.environment
        where name.hasPrefix("MALLOC_") || (name.hasPrefix("RAIDBOT_") && process.environment?[name] == nil) {
            process.environment?[name] = value
        }
        try process.run()
        return BotProcess(process: process, folder: folder)
    }

    /// The child's peak resident set (VmHWM) in KiB, read from /proc while it runs.
    func peakResidentKilobytes() -> Int? { statusKilobytes("VmHWM:") }

    /// The child's resident set now (VmRSS) in KiB.
    func residentKilobytes() -> Int? { statusKilobytes("VmRSS:") }

    /// The anonymous part of the resident set now (RssAnon: heap and stacks) in KiB; the rest is
    /// clean file pages (the binary's code, shared libraries) the kernel can drop and re-read.
    func anonymousKilobytes() -> Int? { statusKilobytes("RssAnon:") }

    /// The resident set now by what is mapped (a library's file name, `[heap]`, or `[anonymous]` for
    /// thread stacks and mmapped arenas), largest first, in KiB: where the idle figure comes from.
    func residentByMapping() -> [(mapping: String, kilobytes: Int)] {
        // Read to the end: /proc reports a size of 0, and a size-based read stops short.
        guard let handle = FileHandle(forReadingAtPath: "/proc/\(process.processIdentifier)/smaps"),
              let smaps = String(data: handle.readDataToEndOfFile(), encoding: .utf8) else { return [] }
        var totals: [String: Int] = [:]
        var current = "[anonymous]"
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let first = fields.first, first.contains("-"), fields.count >= 5 {
                let name = fields.count >= 6 ? String(fields[5]) : "[anonymous]"
                current = name.hasPrefix("/") ? String(name.split(separator: "/").last ?? "") : name
            } else if fields.first == "Rss:", let value = fields.dropFirst().first.flatMap({ Int($0) }) {
                totals[current, default: 0] += value
            }
        }
        return totals.map { ($0.key, $0.value) }.sorted { $0.kilobytes > $1.kilobytes }
    }

    /// A `kB` field of /proc/<pid>/status.
    private func statusKilobytes(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix(field) }
        return line.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") }
    }

    /// SIGTERM (graceful: resumable close, writer drained), then removes the temporary folder.
    func terminate() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }
}
