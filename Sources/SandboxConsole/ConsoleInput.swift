#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Where console lines come from: a script file, or the terminal read on a thread of its own
/// (`readLine` blocks, so it must not run on the concurrency pool).
public enum ConsoleInput {
    /// The lines of the script at `path`, in order (blank lines included; the grammar skips them).
    public static func file(_ path: String) throws -> AsyncStream<String> {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConsoleProblem("cannot read the script \(path)")
        }
        return AsyncStream { continuation in
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) { continuation.yield(String(line)) }
            continuation.finish()
        }
    }

    /// Standard input, line by line, until end of input.
    public static func terminal() -> AsyncStream<String> {
        let (lines, continuation) = AsyncStream.makeStream(of: String.self)
        let reader = Unmanaged.passRetained(TerminalReader(continuation)).toOpaque()
        var thread = pthread_t()
        guard pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<TerminalReader>.fromOpaque(raw).takeRetainedValue().readUntilEnd()
            return nil
        }, reader) == 0 else {
            Unmanaged<TerminalReader>.fromOpaque(reader).release()
            continuation.finish()
            return lines
        }
        pthread_detach(thread)
        return lines
    }
}

/// Reads standard input line by line on its own thread until end of input.
private final class TerminalReader: Sendable {
    let continuation: AsyncStream<String>.Continuation

    init(_ continuation: AsyncStream<String>.Continuation) { self.continuation = continuation }

    func readUntilEnd() {
        while let line = readLine() { continuation.yield(line) }
        continuation.finish()
    }
}
