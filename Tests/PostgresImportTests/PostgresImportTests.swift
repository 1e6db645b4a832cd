import Foundation
import PostgresImport
import Storage
import Testing
import TestSupport

/// `raidbot import-postgres` against a real PostgreSQL 15 started by the test (Debian's
/// `postgresql` package): the incumbent's schema from our own DDL, seeded, imported, compared.
@Suite(.serialized, .enabled(if: PostgresServer.unavailableReason == nil,
                             Comment(rawValue: PostgresServer.unavailableReason ?? "")))
struct PostgresImportTests {
    @Test func importsEveryTableWithConvertedValuesAndMatchingTotals() async throws {
        let harness = try await ImportHarness.start()
        defer { harness.stop() }
        let output = CapturedOutput()

        let report = try await PostgresImporter.run(try harness.options(), console: output.console())

        let counts = Dictionary(uniqueKeysWithValues: report.tables.map { ($0.table, ($0.source, $0.target)) })
        #expect(counts.count == 28)
        for (table, (source, target)) in counts where !table.hasSuffix("_catalog") {
            #expect(source == target, "\(table): source \(source), target \(target)")
        }
        #expect(counts["reaction"]?.0 == 5 && counts["quota_event"]?.0 == 6 && counts["command_log"]?.0 == 2)
        #expect(counts["role_catalog"]?.1 == 10 && counts["channel_catalog"]?.1 == 13)
        #expect(report.invalidRows.isEmpty)
        #expect(report.differences.isEmpty)
        #expect(report.verified == ["points per member": 3, "punishments per member": 3])
        #expect(report.installedAt == harness.targetPath)
        #expect(output.text.contains("verification, points per member: 3 member(s) compared, no differences"))
        #expect(output.text.contains("\u{1B}") == false, "plain lines when the output is not a terminal")
        #expect(!FileManager.default.fileExists(atPath: harness.targetPath + ".import-partial"))

        let values = try await harness.read { db in
            [
                try db.integer("SELECT created_at FROM guild WHERE id = 100000000000000001"),
                try db.integer("SELECT ended_at FROM run WHERE id = 10"),
                try db.integer("SELECT points FROM quota_event WHERE id = 2"),
                try db.integer("SELECT points FROM quota_event WHERE id = 6"),
                try db.integer("SELECT quota_points FROM quota_event WHERE id = 1"),
                try db.integer("SELECT required_points FROM quota_role_config"),
                try db.integer("SELECT modmail_blacklisted FROM raider WHERE user_id = 200000000000000002"),
                try db.integer("SELECT join_locked FROM run WHERE id = 11"),
                try db.integer("SELECT role_id FROM run WHERE id = 11"),
                try db.integer("SELECT deleted_at FROM run_role WHERE run_id = 10"),
                try db.integer("SELECT removed_at FROM punishment WHERE id = 'bbbbbbbbbbbbbbbbbbbbbbbb'"),
                try db.integer("SELECT active FROM punishment WHERE id = '0123456789abcdef01234567'"),
                try db.integer("SELECT guild_id FROM command_log WHERE id = 1"),
                try db.integer("SELECT guild_id FROM command_log WHERE id = 2"),
                try db.integer("SELECT count(*) FROM modmail_message WHERE ticket_id = 'MM-AB12CD' AND json_array_length(attachments) >= 0"),
                try db.integer("SELECT points FROM quota_total_member WHERE user_id = 200000000000000002 AND dungeon_key = 'SHATTERS'"),
                try db.integer("SELECT keys FROM quota_total_member WHERE user_id = 200000000000000002 AND dungeon_key = 'SHATTERS'"),
                try db.integer("SELECT organized FROM quota_total_member WHERE user_id = 200000000000000005"),
                // The totals' triggers were suspended for the load and are back.
                try db.integer("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'quota_event'"),
            ]
        }
        #expect(values == [
            1_704_164_645_678, 1_709_318_700_500, 125, -25, 150, 1050, 1, 1, 300000000000000002,
            1_709_318_700_500, 1_709_424_000_000, 1, ImportHarness.guild1, nil, 2, 1125, 2, 2, 4,
        ])
        // The triggers and indexes suspended for the load are back: the schema is a fresh database's.
        let schema = "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_schema ORDER BY type, name"
        let imported = try await harness.read { try $0.fetchAll(schema) { try $0.get(0, as: String.self) } }
        let fresh = try await harness.read("\(harness.folder.path)/fresh.sqlite") { try $0.fetchAll(schema) { try $0.get(0, as: String.self) } }
        #expect(fresh.contains { $0.hasPrefix("index idx_reaction_run_state ") })
        #expect(imported == fresh)
        let texts = try await harness.read { db in
            try db.fetchAll("SELECT ticket_id || ' ' || status FROM modmail_ticket ORDER BY ticket_id") { try $0.get(0, as: String.self) }
                + db.fetchAll("SELECT json_extract(meta, '$.keys[0]') FROM audit WHERE id = 1") { try $0.get(0, as: String.self) }
                + db.fetchAll("SELECT attachments FROM modmail_message WHERE message_id = 1") { try $0.get(0, as: String.self) }
        }
        #expect(texts == ["MM-AB12CD closed", "MM-ZZ99YY open", "organizer", "[\"https://cdn.example/a.png\"]"])
    }

    @Test func refusesANonEmptyTargetUnlessReplaceWhichBacksItUpFirst() async throws {
        let harness = try await ImportHarness.start()
        defer { harness.stop() }
        _ = try await PostgresImporter.run(try harness.options(), console: CapturedOutput().console())
        let before = try Data(contentsOf: URL(fileURLWithPath: harness.targetPath))

        await #expect {
            _ = try await PostgresImporter.run(try harness.options(), console: CapturedOutput().console())
        } throws: { error in
            (error as? ImportError)?.code == .target && "\(error)".contains("already holds data") && "\(error)".contains("--replace")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: harness.targetPath)) == before)

        let report = try await PostgresImporter.run(try harness.options(replace: true), console: CapturedOutput().console())
        let backup = try #require(report.backupPath)
        #expect(FileManager.default.fileExists(atPath: backup))
        #expect(report.replacedPath.map(FileManager.default.fileExists(atPath:)) == true)
        #expect(report.differences.isEmpty)
    }

    @Test func importsOneGuildWithTheMembersItRefersTo() async throws {
        let harness = try await ImportHarness.start()
        defer { harness.stop() }

        let report = try await PostgresImporter.run(
            try harness.options(guild: UInt64(ImportHarness.guild2)), console: CapturedOutput().console())

        let counts = Dictionary(uniqueKeysWithValues: report.tables.map { ($0.table, $0.target) })
        #expect(counts["guild"] == 1 && counts["member"] == 1 && counts["run"] == 1 && counts["reaction"] == 1)
        #expect(counts["punishment"] == 1 && counts["quota_event"] == 1 && counts["modmail_ticket"] == 0)
        #expect(report.differences.isEmpty)
    }

    @Test func refusesRowsThatBreakRaidbotsConstraintsNamingThemAndSkipsThemOnlyWhenAsked() async throws {
        let harness = try await ImportHarness.start(extraSQL: """
            INSERT INTO raider (guild_id, user_id, status, ign) VALUES (100000000000000001, 200000000000000004, 'approved', 'alpha');
            INSERT INTO command_log (id, user_id, command_name) VALUES (3, 'not-a-snowflake', 'ping');
            """)
        defer { harness.stop() }

        await #expect {
            _ = try await PostgresImporter.run(try harness.options(), console: CapturedOutput().console())
        } throws: { error in
            let text = "\(error)"
            return (error as? ImportError)?.code == .invalidRows
                && text.contains("raider (guild_id=100000000000000001, user_id=200000000000000004): UNIQUE constraint failed")
                && text.contains("command_log (id=3): user_id \"not-a-snowflake\" is not a Discord id")
                && text.contains("--skip-invalid")
        }
        #expect(!FileManager.default.fileExists(atPath: harness.targetPath), "the target is untouched")
        #expect(!FileManager.default.fileExists(atPath: harness.targetPath + ".import-partial"))

        let dryRun = try await PostgresImporter.run(try harness.options(dryRun: true, skipInvalid: true), console: CapturedOutput().console())
        #expect(dryRun.invalidRows.count == 2 && dryRun.installedAt == nil)
        #expect(!FileManager.default.fileExists(atPath: harness.targetPath), "a dry run writes nothing")

        let output = CapturedOutput()
        let report = try await PostgresImporter.run(try harness.options(skipInvalid: true), console: output.console())
        #expect(report.invalidRows.map(\.table) == ["raider", "command_log"])
        #expect(report.tables.first { $0.table == "raider" }.map { ($0.source, $0.target) } ?? (0, 0) == (5, 4))
        #expect(output.text.contains("2 row(s) break raidbot's constraints"))
    }

    @Test func badSourcesFailWithAPlainMessageThatNeverShowsThePassword() async throws {
        let harness = try await ImportHarness.start(extraSQL: "CREATE DATABASE not_incumbent")
        defer { harness.stop() }
        try await harness.server.psql(file: PostgresServer.fixture("incumbent-schema.sql"), database: "not_incumbent")
        try await harness.server.psql(command: "DROP TABLE note; ALTER TABLE raider DROP COLUMN alt_ign;", database: "not_incumbent")
        let closedPort = try PostgresServer.freePort()
        let cases: [(url: String, code: ImportError.Code, says: String)] = [
            (harness.server.url(password: "wrong-password-42"), .authentication, "refused user \"raidimport\""),
            ("postgres://raidimport:\(PostgresServer.password)@127.0.0.1:\(closedPort)/incumbent", .unreachable, "connection refused"),
            (harness.server.url(database: "nowhere"), .authentication, "no database \"nowhere\""),
            (harness.server.url(database: "not_incumbent"), .schema, "missing column raider.alt_ign, table note"),
        ]
        for item in cases {
            await #expect {
                _ = try await PostgresImporter.run(try harness.options(url: item.url), console: CapturedOutput().console())
            } throws: { error in
                let text = "\(error)"
                return (error as? ImportError)?.code == item.code && text.contains(item.says)
                    && !text.contains(PostgresServer.password) && !text.contains("wrong-password-42")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: harness.targetPath))
    }
}

/// Refusals that come before any connection to the source.
struct ImportTargetRefusalTests {
    @Test func refusesWhileABotHoldsTheDatabase() async throws {
        let folder = try TemporaryFolder(prefix: "raidbot-import")
        defer { folder.remove() }
        let target = "\(folder.path)/raidbot.sqlite"
        let lock = try DatabaseLock(databasePath: target)
        let options = ImportOptions(source: try PostgresURL("postgres://console:pw@127.0.0.1:1/console"),
                                    targetPath: target, backupFolder: "\(folder.path)/backups")
        await #expect {
            _ = try await PostgresImporter.run(options, console: CapturedOutput().console())
        } throws: { error in
            (error as? ImportError)?.code == .target && "\(error)".contains("in use by a running raidbot")
        }
        withExtendedLifetime(lock) {}
    }
}
