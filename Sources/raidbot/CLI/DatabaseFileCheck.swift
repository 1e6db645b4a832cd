#if canImport(Glibc)
import Glibc
#endif

/// Whether a database file exists, so read-only commands never create one by accident.
enum DatabaseFileCheck {
    /// True when `path` names an existing regular file.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
