import Foundation
import Synchronization

/// The real `raidbot` binary as a child process, so a test can kill it for real (SIGKILL leaves no
/// chance to clean up; SIGTERM is the graceful path systemd takes).
final class BotChildProcess: Sendable {
    private let process: Mutex<Process>
    private let exit = ExitLatch()

    /// `raidbot`, built beside the test bundle in the same build folder.
    static var binary: String {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while !folder.path.hasSuffix("/debug") && !folder.path.hasSuffix("/release") && folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("raidbot").path
    }

    /// Starts the bot with exactly `environment` (its output discarded unless `RAIDBOT_TEST_LOG` is set).
    init(environment: [String: String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = ProcessInfo.processInfo.environment["RAIDBOT_TEST_LOG"] == nil
            ? FileHandle.nullDevice : FileHandle.standardError
        self.process = Mutex(process)
        let exit = exit
        process.terminationHandler = { _ in exit.open() }
        try process.run()
    }

    var processIdentifier: Int32 { process.withLock { $0.processIdentifier } }

    /// Sends `signal` (SIGKILL, SIGTERM).
    func send(_ signal: Int32) { kill(processIdentifier, signal) }

    /// Returns once the process has exited.
    func waitUntilExit() async { await exit.wait() }

    /// Whether it is still running.
    var isRunning: Bool { !exit.isOpen }
}

/// Opens once, when the process exits; waiters resume then (or at once after).
final class ExitLatch: Sendable {
    private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func open() {
        let waiters = state.withLock { state in
            state.open = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    func wait() async {
        await withCheckedContinuation { continuation in
            let open = state.withLock { state -> Bool in
                if !state.open { state.waiters.append(continuation) }
                return state.open
            }
            if open { continuation.resume() }
        }
    }

    var isOpen: Bool { state.withLock { $0.open } }
}
