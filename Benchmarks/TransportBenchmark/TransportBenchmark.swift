import DiscordModels
import DiscordSandbox
import Foundation
import Logging

/// The transport benchmark: the real `raidbot` binary, as a child process, against the local
/// Discord stand-in. The sandbox fires `/ping` interactions at a steady rate; the bot must
/// acknowledge each (a deferral) within Discord's 3 s. Reports dispatch-to-callback p50/p99/max,
/// the count past 3 s, and the bot process's peak RSS.
///
///     swift build -c release --product raidbot && swift run -c release transport-benchmark [rate] [seconds]
@main
struct TransportBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
        let rate = arguments.first ?? 200
        let seconds = arguments.dropFirst().first ?? 10
        let binary = BotProcess.defaultBinary()
        print("transport benchmark: \(rate) interactions/s for \(seconds) s against \(binary)")

        let configuration = SandboxConfiguration(token: "sandbox.raidbot.token.benchmark", callbackDeadline: .seconds(3),
                                                 waitTimeout: .seconds(60))
        let sandbox = try await DiscordSandbox.start(configuration)
        let members = await sandbox.guild.members
        let bot = try BotProcess.launch(binary: binary, sandbox: sandbox, configuration: configuration)
        defer { bot.terminate() }

        _ = try await sandbox.firstRequest { $0.method == "PUT" && $0.path.hasSuffix("/commands") }
        let handles = try await sandbox.burst(count: rate * seconds, perSecond: rate) { index in
            try await sandbox.run(command: "ping", as: members[index % members.count])
        }
        let report = try await sandbox.latencyReport(for: handles)
        let peak = bot.peakResidentKilobytes()
        print("| interactions | rate/s | p50 | p99 | max | over 3 s | rejected | bot peak RSS |")
        print("|---|---|---|---|---|---|---|---|")
        print("| \(report.count) | \(rate) | \(millis(report.p50)) | \(millis(report.p99)) | \(millis(report.max)) | \(report.overThreeSeconds) | \(report.rejected) | \(peak.map { "\($0 / 1024) MiB" } ?? "n/a") |")
        bot.terminate()
        await sandbox.stop()
    }

    static func millis(_ duration: Duration) -> String {
        let hundredths = Int((Double(duration.components.seconds) * 100_000 + Double(duration.components.attoseconds) / 1e13).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) ms"
    }
}
