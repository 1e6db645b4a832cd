import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL 15 server for one test: `initdb` into a temporary folder, started on
/// 127.0.0.1 with an ephemeral port (fsync off), password login over TCP, trust over its own
/// Unix socket for seeding with psql. Stopped (`-m immediate`) and deleted by `stop()`. PostgreSQL
/// refuses to run as root, so under root its commands run as the `postgres` user of Debian's package.
struct PostgresServer {
    static let binaries = "/usr/lib/postgresql/15/bin"
    static let user = "raidimport"
    static let password = "s3cret-pa55word"
    /// Why these tests cannot run here, or nil when they can.
    static let unavailableReason: String? = {
        let tools = ["initdb", "pg_ctl", "postgres", "pg_isready", "psql"]
        if let missing = tools.first(where: { !FileManager.default.isExecutableFile(atPath: "\(binaries)/\($0)") }) {
            return "PostgreSQL 15 is not installed (\(binaries)/\(missing) is missing): install Debian's `postgresql` package"
        }
        if geteuid() == 0 && getpwnam("postgres") == nil {
            return "running as root without a `postgres` user to run PostgreSQL as: install Debian's `postgresql` package"
        }
        return nil
    }()

    let folder: String
    let port: Int

    var data: String { "\(folder)/data" }
    /// The URL the import is given.
    func url(password: String = PostgresServer.password, database: String = "incumbent") -> String {
        "postgres://\(Self.user):\(password)@127.0.0.1:\(port)/\(database)"
    }

    /// Creates, starts and waits for the server; creates the `incumbent` database. Runs on its own
    /// thread: initdb and the server's start take seconds, which must not hold one of the few
    /// cooperative threads the other suites' tests run on.
    static func start() async throws -> PostgresServer {
        try await offPool { try startBlocking() }
    }

    private static func startBlocking() throws -> PostgresServer {
        let folder = "/tmp/raidbot-pg-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try password.write(toFile: "\(folder)/pwfile", atomically: true, encoding: .utf8)
        if geteuid() == 0, let account = getpwnam("postgres") {
            for path in [folder, "\(folder)/pwfile"] { chown(path, account.pointee.pw_uid, account.pointee.pw_gid) }
        }
        let server = PostgresServer(folder: folder, port: try freePort())
        try server.run("initdb", ["-D", server.data, "-U", user, "--pwfile=\(folder)/pwfile", "-E", "UTF8", "--no-locale",
                                  "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"])
        try server.run("pg_ctl", ["-D", server.data, "-l", "\(folder)/server.log", "-w", "-t", "60", "-o",
                                  "-p \(server.port) -h 127.0.0.1 -k \(folder) -F", "start"])
        var ready = false
        for _ in 0..<30 where !ready {
            ready = (try? server.run("pg_isready", ["-h", "127.0.0.1", "-p", "\(server.port)", "-t", "2"])) != nil
        }
        guard ready else { server.stop(); throw ServerError(message: "PostgreSQL did not become ready") }
        try server.psqlBlocking(file: nil, command: "CREATE DATABASE incumbent", database: "postgres")
        return server
    }

    /// Runs SQL (a file or a command) through psql over the Unix socket, stopping at the first
    /// error, on its own thread.
    func psql(file: String? = nil, command: String? = nil, database: String = "incumbent") async throws {
        try await Self.offPool { try psqlBlocking(file: file, command: command, database: database) }
    }

    private func psqlBlocking(file: String?, command: String?, database: String) throws {
        var arguments = ["-h", folder, "-p", "\(port)", "-U", Self.user, "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-X"]
        if let file {
            // Copied into the server's folder: under root psql runs as `postgres`, which may not read the repository.
            let copy = "\(folder)/input-\(UUID().uuidString).sql"
            try FileManager.default.copyItem(atPath: file, toPath: copy)
            if geteuid() == 0, let account = getpwnam("postgres") { chown(copy, account.pointee.pw_uid, account.pointee.pw_gid) }
            arguments += ["-f", copy]
        }
        if let command { arguments += ["-c", command] }
        try run("psql", arguments)
    }

    /// Stops the server and deletes its folder.
    func stop() {
        _ = try? run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs a PostgreSQL tool to completion with posix_spawn and waitpid. Not Foundation's
    /// Process: it learns that a child exited from a descriptor the child inherits, and the server
    /// that `pg_ctl start` leaves running inherits it too, so Process would wait for the server.
    @discardableResult
    private func run(_ tool: String, _ arguments: [String]) throws -> String {
        let command = geteuid() == 0
            ? ["/usr/sbin/runuser", "-u", "postgres", "--", "\(Self.binaries)/\(tool)"] + arguments
            : ["\(Self.binaries)/\(tool)"] + arguments
        let outputPath = "\(folder)/\(tool)-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, nil, &argv, environ)
        guard spawned == 0 else { throw ServerError(message: "cannot start \(tool): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            throw ServerError(message: "\(tool) failed (status \(status)): \(text)")
        }
        return text
    }

    /// Runs blocking work on a new thread and waits for it without blocking the caller's thread.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    /// A port the kernel just handed out on 127.0.0.1 (bound, read, released).
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw ServerError(message: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A fixture file's path (Tests/PostgresImportTests/Fixtures).
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }
}

struct ServerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
