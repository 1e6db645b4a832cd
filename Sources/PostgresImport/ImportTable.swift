/// One of the incumbent's tables and the raidbot table it fills (same name): its columns, the
/// key that names a row in reports, and how `--guild` narrows it.
struct ImportTable: Sendable {
    /// How the rows of one guild are selected.
    enum GuildScope: Sendable {
        /// Every row (catalogs).
        case all
        /// `id = guild` (the guild table).
        case guildRow
        /// `guild_id = guild`.
        case guildColumn
        /// `guild_id = 'guild'` (command_log keeps snowflakes as text).
        case guildText
        /// Rows of the guild's runs.
        case viaRun
        /// Messages of the guild's modmail tickets.
        case viaTicket
        /// Members that rows of the guild refer to.
        case members
    }

    /// What happens beyond a plain INSERT.
    enum Special: Sendable {
        /// Nothing.
        case none
        /// Rows already present (the catalogs raidbot seeds) are kept: INSERT OR IGNORE.
        case keepExisting
        /// run.role_id refers to raidbot's run_role table: the role is recorded there first.
        case runRole
    }

    /// The table name, in both databases.
    let name: String
    /// The columns copied.
    let columns: [ImportColumn]
    /// The target columns that identify a row in reports.
    let key: [String]
    /// How `--guild` narrows it.
    let scope: GuildScope
    /// Extra handling.
    var special: Special = .none

    /// The incumbent's columns this table needs.
    var sourceColumns: [String] { columns.map(\.source) }

    /// The WHERE clause for one guild (empty without a guild).
    func whereClause(guild: UInt64?) -> String {
        guard let guild else { return "" }
        let runs = "SELECT id FROM run WHERE guild_id = \(guild)"
        switch scope {
        case .all: return ""
        case .guildRow: return " WHERE id = \(guild)"
        case .guildColumn: return " WHERE guild_id = \(guild)"
        case .guildText: return " WHERE guild_id = '\(guild)'"
        case .viaRun: return " WHERE run_id IN (\(runs))"
        case .viaTicket: return " WHERE ticket_id IN (SELECT ticket_id FROM modmail_ticket WHERE guild_id = \(guild))"
        case .members:
            let referring = [
                "SELECT user_id FROM raider WHERE guild_id = \(guild)",
                "SELECT organizer_id FROM run WHERE guild_id = \(guild)",
                "SELECT user_id FROM reaction WHERE run_id IN (\(runs))",
                "SELECT user_id FROM key_reaction WHERE run_id IN (\(runs))",
                "SELECT user_id FROM key_pop_snapshot WHERE run_id IN (\(runs))",
                "SELECT user_id FROM key_pop WHERE guild_id = \(guild)",
                "SELECT actor_user_id FROM quota_event WHERE guild_id = \(guild)",
                "SELECT actor_id FROM audit WHERE guild_id = \(guild)",
            ]
            return " WHERE id IN (\(referring.joined(separator: " UNION ")))"
        }
    }

    /// The streaming SELECT on the source.
    func selectSQL(guild: UInt64?) -> String {
        "SELECT \(columns.map(\.selectSQL).joined(separator: ", ")) FROM \"\(name)\"\(whereClause(guild: guild))"
    }

    /// The row count on the source.
    func countSQL(guild: UInt64?) -> String {
        "SELECT count(*)::bigint FROM \"\(name)\"\(whereClause(guild: guild))"
    }

    /// The INSERT on the target.
    var insertSQL: String {
        let verb = special == .keepExisting ? "INSERT OR IGNORE" : "INSERT"
        let names = columns.map(\.target)
        return "\(verb) INTO \(name) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))"
    }

    /// The position of a target column.
    func index(of column: String) -> Int {
        guard let index = columns.firstIndex(where: { $0.target == column }) else {
            preconditionFailure("\(name) has no column \(column)")
        }
        return index
    }
}

extension ImportTable.Special: Equatable {}
