import Logging
import Storage

/// `raidbot import-postgres`: copies the incumbent's PostgreSQL database into a new raidbot SQLite
/// file beside the target, verifies it, and renames it into place. Any failure before the rename
/// leaves the target exactly as it was.
public enum PostgresImporter {
    /// Runs the import and prints progress and the final report to `console`.
    public static func run(
        _ options: ImportOptions, console: ImportConsole, now: @escaping @Sendable () -> Int64 = UnixTime.now,
        logger: Logger = Logger(label: "raidbot.import")
    ) async throws(ImportError) -> ImportReport {
        let lock = try TargetPreparation.lock(options)
        defer { withExtendedLifetime(lock) {} }
        var report = ImportReport()
        report.backupPath = try TargetPreparation.checkEmptyOrBackUp(options)
        if let backup = report.backupPath { console.line("backed up \(options.targetPath) to \(backup)") }
        let source = try await SourceDatabase.connect(options.source, logger: logger)
        do {
            try await SchemaCheck.verify(source, url: options.source)
            try await copy(options, from: source, console: console, now: now, logger: logger, report: &report)
            await source.close()
        } catch {
            await source.close()
            throw error
        }
        ReportPrinter.print(report, console: console)
        return report
    }

    /// Imports into the temporary file, verifies, then installs it (or discards it).
    private static func copy(
        _ options: ImportOptions, from source: SourceDatabase, console: ImportConsole,
        now: @escaping @Sendable () -> Int64, logger: Logger, report: inout ImportReport
    ) async throws(ImportError) {
        let temporary = options.temporaryPath
        let target: TargetDatabase
        do {
            try DatabaseReplacement.discard(temporary)
            target = try TargetDatabase(path: temporary, logger: logger)
        } catch {
            throw ImportError(.target, "cannot create \(temporary): \(TargetPreparation.message(of: error))")
        }
        do {
            let triggers = try await QuotaTotalsRebuild.suspend(target)
            let indexes = try await SecondaryIndexes.suspend(target)
            for table in IncumbentTables.all {
                try await copy(table, options, from: source, to: target, console: console, now: now, report: &report)
            }
            var started = now()
            try await SecondaryIndexes.restore(target, indexes: indexes)
            console.line("\(indexes.count) indexes built in \(TableProgress.duration(now() - started))")
            started = now()
            try await QuotaTotalsRebuild.restore(target, triggers: triggers)
            console.line("quota totals rebuilt in \(TableProgress.duration(now() - started))")
            try await ImportVerification.run(source: source, target: target, guild: options.guild, into: &report)
        } catch {
            await target.close()
            try? DatabaseReplacement.discard(temporary)
            throw error as? ImportError ?? ImportError(.target, "writing \(temporary) failed: \(TargetPreparation.message(of: error))")
        }
        await target.close()
        if !report.invalidRows.isEmpty && !options.skipInvalid {
            try? DatabaseReplacement.discard(temporary)
            ReportPrinter.print(report, console: console)
            throw invalidRowsError(report.invalidRows, target: options.targetPath)
        }
        if options.dryRun {
            try? DatabaseReplacement.discard(temporary)
            return
        }
        do {
            report.replacedPath = try DatabaseReplacement.install(temporary, at: options.targetPath)
            report.installedAt = options.targetPath
        } catch {
            try? DatabaseReplacement.discard(temporary)
            throw ImportError(.target, "installing the import as \(options.targetPath) failed: \(TargetPreparation.message(of: error))")
        }
    }

    /// Streams one table in batches, one write transaction each.
    private static func copy(
        _ table: ImportTable, _ options: ImportOptions, from source: SourceDatabase, to target: TargetDatabase,
        console: ImportConsole, now: @escaping @Sendable () -> Int64, report: inout ImportReport
    ) async throws(ImportError) {
        let total = try await source.count(table.countSQL(guild: options.guild))
        var progress = TableProgress(table: table.name, total: total, startedAt: now())
        var batch: [[DatabaseValue]] = []
        batch.reserveCapacity(options.batchSize)
        var refused: [InvalidRow] = []
        func flush() async throws(ImportError) {
            guard !batch.isEmpty else { return }
            do {
                refused += try await target.insert(batch, into: table)
            } catch {
                throw ImportError(.target, "writing \(table.name) failed: \(TargetPreparation.message(of: error))")
            }
            progress.advance(by: batch.count, now: now(), console: console)
            batch.removeAll(keepingCapacity: true)
        }
        try await source.stream(table.selectSQL(guild: options.guild), during: "reading \(table.name) from") { values in
            switch RowConversion.convert(values, of: table) {
            case .success(let row): batch.append(row)
            case .failure(let invalid): refused.append(invalid)
            }
            if batch.count >= options.batchSize {
                do throws(ImportError) { try await flush() } catch { throw SourceBodyError(wrapped: error) }
            }
        }
        try await flush()
        progress.finish(now: now(), console: console)
        report.invalidRows += refused
        let copied: Int64
        do { copied = try await target.count(table.name) } catch {
            throw ImportError(.target, "counting \(table.name) failed: \(TargetPreparation.message(of: error))")
        }
        report.tables.append(ImportReport.TableCount(table: table.name, source: total, target: copied))
    }

    private static func invalidRowsError(_ rows: [InvalidRow], target: String) -> ImportError {
        let shown = rows.prefix(20).map { "  \($0)" }.joined(separator: "\n")
        let more = rows.count > 20 ? "\n  … and \(rows.count - 20) more" : ""
        return ImportError(.invalidRows, "\(rows.count) source row(s) break raidbot's constraints; nothing was imported "
            + "and \(target) is unchanged. Fix them in the source, or pass --skip-invalid to import without them:\n"
            + shown + more)
    }
}
