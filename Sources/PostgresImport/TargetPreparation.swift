import Storage

/// The checks on raidbot's database before anything is read: no bot holds it, and it is empty
/// unless `--replace` (then it is backed up first).
enum TargetPreparation {
    /// The tables whose rows make a database "not empty" (raidbot's seeded catalogs do not count).
    static var dataTables: [String] {
        IncumbentTables.all.filter { $0.special != .keepExisting }.map(\.name)
    }

    /// Takes the lock for the whole import; a running bot holds it.
    static func lock(_ options: ImportOptions) throws(ImportError) -> DatabaseLock {
        do {
            return try DatabaseLock(databasePath: options.targetPath)
        } catch let error as StorageError where error.code == .locked {
            throw ImportError(.target, "\(options.targetPath) is in use by a running raidbot; stop the bot before importing")
        } catch {
            throw ImportError(.target, "cannot lock \(options.targetPath): \(message(of: error))")
        }
    }

    /// Rows the target already holds (0 when there is no file); refuses a non-empty target
    /// without `--replace`; with it (and not a dry run) makes the backup and returns its path.
    static func checkEmptyOrBackUp(_ options: ImportOptions) throws(ImportError) -> String? {
        guard DatabaseReplacement.exists(options.targetPath) else { return nil }
        let counts: [String: Int]
        do {
            counts = try DatabaseReplacement.rowCounts(databaseAt: options.targetPath, tables: dataTables)
        } catch {
            throw ImportError(.target, "cannot read \(options.targetPath): \(message(of: error))")
        }
        let filled = counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        guard !filled.isEmpty else { return nil }
        guard options.replace else {
            let summary = filled.prefix(5).map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            throw ImportError(.target, "\(options.targetPath) already holds data (\(summary)); "
                + "import into an empty database, or pass --replace (it is backed up first)")
        }
        guard !options.dryRun else { return nil }
        do {
            return try Backup.create(databasePath: options.targetPath, folder: options.backupFolder, keep: options.backupsKept)
        } catch {
            throw ImportError(.target, "the backup before --replace failed, nothing was changed: \(message(of: error))")
        }
    }

    static func message(of error: any Error) -> String {
        (error as? StorageError)?.message ?? "\(error)"
    }
}
