/// Prints the final report: per-table counts, refused rows, verification results.
enum ReportPrinter {
    static func print(_ report: ImportReport, console: ImportConsole) {
        console.line("")
        console.line(TableProgress.padded("table", 34) + " " + TableProgress.padded("source", 12) + " target")
        for count in report.tables {
            let note = count.source == count.target ? "" : count.target > count.source ? "  (includes raidbot's own rows)" : "  (differs)"
            console.line(TableProgress.padded(count.table, 34) + " " + TableProgress.padded(TableProgress.grouped(count.source), 12)
                + " " + TableProgress.grouped(count.target) + note)
        }
        if !report.invalidRows.isEmpty {
            console.line("")
            console.line("\(report.invalidRows.count) row(s) break raidbot's constraints:")
            for row in report.invalidRows.prefix(50) { console.line("  \(row)") }
            if report.invalidRows.count > 50 { console.line("  … and \(report.invalidRows.count - 50) more") }
        }
        console.line("")
        for check in ImportVerification.checks.map(\.name) {
            let differing = report.differences.filter { $0.check == check }
            console.line("verification, \(check): \(report.verified[check] ?? 0) member(s) compared, "
                + (differing.isEmpty ? "no differences" : "\(differing.count) difference(s)"))
            for difference in differing.prefix(20) { console.line("  \(difference.subject): source \(difference.source), target \(difference.target)") }
            if differing.count > 20 { console.line("  … and \(differing.count - 20) more") }
        }
        if let installed = report.installedAt {
            console.line("imported into \(installed)" + (report.replacedPath.map { "; the previous file was kept as \($0)" } ?? ""))
        }
    }
}
