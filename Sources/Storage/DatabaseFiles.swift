#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The database's files on disk: creating them owner-only, fsyncing, renaming atomically.
/// SQLite creates `-wal` and `-shm` with the database file's own mode, so 0600 carries over.
enum DatabaseFiles {
    /// Creates the folder (0700) and an empty database file (0600) when they do not exist yet.
    static func prepare(databasePath: String) throws {
        try createDirectories(parent(of: databasePath))
        let descriptor = open(databasePath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StorageError.io("cannot create", path: databasePath, errno: errno) }
        close(descriptor)
    }

    /// Creates every missing folder on the way to `path`, each owner-only.
    static func createDirectories(_ path: String) throws {
        guard !path.isEmpty, !exists(path) else { return }
        try createDirectories(parent(of: path))
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            throw StorageError.io("cannot create folder", path: path, errno: errno)
        }
    }

    /// The folder part of a path ("" for a bare file name).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// True when something exists at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Flushes a file's (or folder's) contents to the disk.
    static func flush(path: String, isDirectory: Bool = false) throws {
        let descriptor = open(path, (isDirectory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC)
        guard descriptor >= 0 else { throw StorageError.io("cannot open for fsync", path: path, errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw StorageError.io("fsync failed for", path: path, errno: errno) }
    }

    /// Renames atomically within one file system, then makes the rename durable.
    static func moveAtomically(_ source: String, to destination: String) throws {
        guard rename(source, destination) == 0 else { throw StorageError.io("cannot rename \(source) to", path: destination, errno: errno) }
        let folder = parent(of: destination)
        try flush(path: folder.isEmpty ? "." : folder, isDirectory: true)
    }

    /// Deletes a file; a missing file is not an error.
    static func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw StorageError.io("cannot delete", path: path, errno: errno)
        }
    }

    /// The names of the entries in `folder` (without "." and "..").
    static func entries(of folder: String) throws -> [String] {
        guard let directory = opendir(folder) else { throw StorageError.io("cannot list", path: folder, errno: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
