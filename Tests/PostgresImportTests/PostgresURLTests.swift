import Testing
@testable import PostgresImport

/// The source URL parser and the progress line: pure, no server needed.
struct PostgresURLTests {
    @Test func parsesEveryPartAndDecodesEscapes() throws {
        let url = try PostgresURL("postgresql://raid%40ops:p%40ss:w0rd@db.example:6543/console?sslmode=require")
        #expect(url.username == "raid@ops")
        #expect(url.password == "p@ss:w0rd")
        #expect(url.host == "db.example")
        #expect(url.port == 6543)
        #expect(url.database == "console")
        #expect(url.tls == .require)
    }

    @Test func defaultsPortDatabaseAndTLS() throws {
        let url = try PostgresURL("postgres://console@[::1]")
        #expect(url.host == "::1")
        #expect(url.port == 5432)
        #expect(url.database == "console")
        #expect(url.password == nil)
        #expect(url.tls == .disable)
    }

    @Test func descriptionNeverShowsThePassword() throws {
        let url = try PostgresURL("postgres://console:hunter22@127.0.0.1:5432/console")
        #expect(url.description == "postgres://console:***@127.0.0.1:5432/console?sslmode=disable")
        #expect(url.with(password: "other-secret").description.contains("other-secret") == false)
    }

    @Test(arguments: [
        "mysql://a:b@host/db", "postgres://:pw@host/db", "postgres://a:b@host:99999/db",
        "postgres://a:b@host/db?sslmode=maybe", "postgres://a:b@host/db?user=x", "postgres://a:%zz@host/db",
    ])
    func refusesMalformedURLsWithoutEchoingThePassword(text: String) {
        #expect {
            try PostgresURL(text)
        } throws: { error in
            guard let error = error as? ImportError else { return false }
            return error.code == .url && !error.message.contains(":b@") && !error.message.contains("%zz")
        }
    }

    @Test func progressLineShowsRowsRateAndTimeLeft() {
        var progress = TableProgress(table: "reaction", total: 2_000_000, startedAt: 0)
        let console = ImportConsole(isTerminal: false) { _ in }
        progress.advance(by: 500_000, now: 5_000, console: console)
        let line = progress.text(now: 5_000, done: false)
        #expect(line.hasPrefix("reaction "))
        #expect(line.contains("500,000/2,000,000 rows  100,000 rows/s  15 s left"))
        #expect(progress.text(now: 150_000, done: true).hasSuffix("in 2 min 30 s"))
    }
}
