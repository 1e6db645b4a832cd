#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on `<database>.lock`: a running bot holds it for its whole lifetime, and
/// `restore` takes it first, so a restore can never replace the file under a live bot. The kernel
/// drops the lock when the process dies, even by SIGKILL, so there are no stale locks.
public final class DatabaseLock: Sendable {
    /// The lock file's path.
    public let path: String
    private let descriptor: Int32

    /// Takes the lock without waiting; throws `.locked` when another holder (any process, or
    /// another `DatabaseLock` in this one) has it. Released when this object is deallocated.
    public init(databasePath: String) throws {
        let lockPath = databasePath + ".lock"
        try DatabaseFiles.createDirectories(DatabaseFiles.parent(of: lockPath))
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StorageError.io("cannot open lock file", path: lockPath, errno: errno) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let number = errno
            close(descriptor)
            if number == EWOULDBLOCK {
                throw StorageError(
                    code: .locked,
                    message: "\(databasePath) is in use by a running raidbot (it holds \(lockPath)); stop it first")
            }
            throw StorageError.io("cannot lock", path: lockPath, errno: number)
        }
        self.path = lockPath
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
