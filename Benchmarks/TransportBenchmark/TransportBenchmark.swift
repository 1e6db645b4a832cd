import DiscordModels
import DiscordSandbox
import Foundation
import Logging

/// The transport benchmark: the real `raidbot` binary, as a child process, against the local
/// Discord stand-in. First `/ping` interactions at a steady rate (acknowledgement only), then the
/// same rate of Join clicks spread over live runs, so every interaction also writes SQLite, queues a
/// run role and redraws a panel. The bot must acknowledge each within Discord's 3 s. Reports
/// dispatch-to-callback p50/p99/max, the count past 3 s, panel edits, and the bot's resident
/// memory: idle after READY (goal ≤ 32 MiB) and peak (goal ≤ 64 MiB).
///
///     swift build -c release --product raidbot && swift run -c release transport-benchmark [rate] [seconds]
///     … transport-benchmark 200 10 --binary .build-release/raidbot-release   # the static release binary
///     … transport-benchmark 200 10 --mappings   # also the idle resident set by library
@main
struct TransportBenchmark {
    /// Live runs the Join clicks are spread over.
    static let runCount = 10
    /// How long the bot sits idle after READY before its resident set is read.
    static let idleSettle = Duration.seconds(3)

    static func main() async throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var binary = BotProcess.defaultBinary()
        if let flag = arguments.firstIndex(of: "--binary"), flag + 1 < arguments.count {
            binary = arguments[flag + 1]
            arguments.removeSubrange(flag...(flag + 1))
        }
        let showMappings = arguments.contains("--mappings")
        let numbers = arguments.compactMap { Int($0) }
        let rate = numbers.first ?? 200
        let seconds = numbers.dropFirst().first ?? 10
        print("transport benchmark: \(rate) interactions/s for \(seconds) s per phase against \(binary)")

        let configuration = SandboxConfiguration(token: "sandbox.raidbot.token.benchmark", callbackDeadline: .seconds(3),
                                                 waitTimeout: .seconds(60))
        let sandbox = try await DiscordSandbox.start(configuration)
        let members = await sandbox.guild.members
        let bot = try BotProcess.launch(binary: binary, sandbox: sandbox, configuration: configuration)
        defer { bot.terminate() }

        _ = try await sandbox.firstRequest { $0.method == "PUT" && $0.path.hasSuffix("/commands") }
        try await Task.sleep(for: idleSettle)
        let (idle, idleAnonymous) = (bot.residentKilobytes(), bot.anonymousKilobytes())
        if showMappings { printMappings(bot.residentByMapping()) }

        let pings = try await sandbox.burst(count: rate * seconds, perSecond: rate) { index in
            try await sandbox.run(command: "ping", as: members[index % members.count])
        }
        let pingReport = try await sandbox.latencyReport(for: pings)
        let pingPeak = bot.peakResidentKilobytes()

        let load = try await PanelLoad.prepare(sandbox, runs: runCount)
        let editsBefore = await load.panelEdits()
        let joins = try await load.joins(count: rate * seconds, perSecond: rate)
        let joinReport = try await sandbox.latencyReport(for: joins)
        let edits = await load.panelEdits() - editsBefore
        let peak = bot.peakResidentKilobytes()

        print("| phase | interactions | rate/s | p50 | p99 | max | over 3 s | rejected | panel edits | bot peak RSS so far |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        print(row("/ping", pingReport, rate: rate, edits: "–", peak: pingPeak))
        print(row("Join on \(runCount) runs", joinReport, rate: rate, edits: "\(edits)", peak: peak))
        print("")
        print("bot idle RSS \(mebibytes(idle)) after READY (goal ≤ 32 MiB), of which anonymous \(mebibytes(idleAnonymous)); "
            + "peak RSS \(mebibytes(peak)) (goal ≤ 64 MiB)")
        bot.terminate()
        await sandbox.stop()
    }

    /// `--mappings`: the idle resident set by library, so a change's effect on RSS has a cause.
    static func printMappings(_ mappings: [(mapping: String, kilobytes: Int)]) {
        print("idle resident set by mapping (KiB):")
        for (mapping, kilobytes) in mappings where kilobytes >= 64 { print("  \(kilobytes)\t\(mapping)") }
        let small = mappings.filter { $0.kilobytes < 64 }
        print("  \(small.reduce(0) { $0 + $1.kilobytes })\t\(small.count) smaller mappings")
    }

    static func row(_ phase: String, _ report: InteractionLatencyReport, rate: Int, edits: String, peak: Int?) -> String {
        "| \(phase) | \(report.count) | \(rate) | \(millis(report.p50)) | \(millis(report.p99)) | \(millis(report.max)) "
            + "| \(report.overThreeSeconds) | \(report.rejected) | \(edits) | \(mebibytes(peak)) |"
    }

    /// KiB as MiB with one decimal, or n/a when /proc could not be read.
    static func mebibytes(_ kilobytes: Int?) -> String {
        guard let kilobytes else { return "n/a" }
        let tenths = (kilobytes * 10 + 512) / 1024
        return "\(tenths / 10).\(tenths % 10) MiB"
    }

    static func millis(_ duration: Duration) -> String {
        let hundredths = Int((Double(duration.components.seconds) * 100_000 + Double(duration.components.attoseconds) / 1e13).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) ms"
    }
}
