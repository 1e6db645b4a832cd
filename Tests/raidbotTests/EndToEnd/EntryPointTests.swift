import Foundation
import Testing

/// The real binary's main thread, read from /proc while the bot runs.
@Suite("Entry point", .timeLimit(.minutes(2)))
struct EntryPointTests {
    #if arch(x86_64)
    static let futex = 202, sigsuspend = 130
    #elseif arch(arm64)
    static let futex = 98, sigsuspend = 133
    #endif

    @Test("the main thread waits on a semaphore: it does not end in dispatch_main, whose unwind maps 1 MiB of tables")
    func mainThreadWaitsForTheCommand() async throws {
        let stage = try await KillCycleStage.make()
        try await stage.launch()
        let pid = try #require(await stage.childProcessIdentifier)
        // The system call a blocked thread is in comes first; an async main would sit in rt_sigsuspend.
        let syscall = try String(contentsOfFile: "/proc/\(pid)/task/\(pid)/syscall", encoding: .utf8)
        let number = Int(syscall.split(separator: " ").first ?? "")
        #expect(number == Self.futex, "main thread in system call \(syscall) (rt_sigsuspend is \(Self.sigsuspend))")
        await stage.stop()
    }
}
