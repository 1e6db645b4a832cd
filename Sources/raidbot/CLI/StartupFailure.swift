import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Turns any start-up or maintenance failure into one plain line on stderr and a non-zero exit.
enum StartupFailure {
    /// Exit status for configuration problems (sysexits EX_CONFIG).
    static let configurationExit: Int32 = 78

    /// Runs `body`, printing a failure as a single line instead of a stack of Swift errors.
    static func reporting<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ConfigurationError {
            printError(error.description)
            throw ExitCode(configurationExit)
        } catch let error as ExitCode {
            throw error
        } catch {
            printError("raidbot: \(error)")
            throw ExitCode.failure
        }
    }

    /// Writes `line` to standard error.
    static func printError(_ line: String) {
        var bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    /// The configuration of this process: the config file merged under the environment.
    static func loadConfiguration() throws -> Configuration {
        let source = try ConfigurationSource.load(environment: ProcessInfo.processInfo.environment)
        return try Configuration(source: source)
    }
}
