#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether standard error is systemd's journal. systemd sets `JOURNAL_STREAM=<device>:<inode>` for
/// a service whose output goes to the journal; a child started from such a service's terminal
/// inherits the variable with another stderr, so the numbers are compared with stderr's, as
/// systemd.exec(5) advises.
enum JournalStream {
    /// True when `value` names the file standard error is open on.
    static func isStandardError(_ value: String) -> Bool {
        let parts = value.split(separator: ":")
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var info = stat()
        guard fstat(STDERR_FILENO, &info) == 0 else { return false }
        return UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode
    }
}
