import BotKit
import DiscordModels
import DiscordREST
import Logging
import Storage
import CivilTime

/// What an organizer panel controls.
public enum OrganizerPanelSubject: Hashable, Sendable {
    /// A run (`run.id`).
    case run(Int64)
    /// A headcount (`headcount.id`).
    case headcount(Int64)
}

/// The open ephemeral organizer panels (`organizer_panel`), so a join or a key offer redraws every
/// panel showing the run, also after a restart (the incumbent kept them in memory, defect 18).
/// Ephemeral messages can only be edited through their interaction's webhook, valid 15 minutes;
/// the token is kept in the database and never logged.
public struct OrganizerPanels: Sendable {
    /// A little under Discord's 15-minute token lifetime, so an edit never races the expiry.
    public static let lifetimeMilliseconds: Int64 = 14 * 60_000

    public let database: Database
    public let rest: DiscordREST
    public let clock: any BotClock
    public let logger: Logger
    public let refresher = CoalescingRefresher<OrganizerPanelSubject>()

    /// The panels of `environment`'s database; keep one per feature so refreshes coalesce.
    public init(_ environment: FeatureEnvironment) {
        database = environment.database
        rest = environment.rest
        clock = environment.clock
        logger = environment.logger
    }

    /// Remembers the panel `context` just showed: its original response (`followUpID` nil) or the
    /// follow-up it sent. Reopening replaces the user's earlier panel of the same subject.
    public func remember(_ subject: OrganizerPanelSubject, shownBy context: InteractionContext, followUpID: Snowflake?) async {
        let now = clock.unixMilliseconds()
        let (run, headcount) = Self.columns(subject)
        let interaction = context.interaction, user = context.userID
        do {
            try await database.write { connection in
                try connection.execute(Self.deleteUserSQL, run, headcount, user)
                try connection.execute(Self.insertSQL, arguments: [
                    run.databaseValue, headcount.databaseValue, user.databaseValue, interaction.token.databaseValue,
                    followUpID.databaseValue, now.databaseValue, (now + Self.lifetimeMilliseconds).databaseValue,
                    interaction.applicationID.databaseValue,
                ])
            }
        } catch {
            logger.warning("organizer panel not remembered", metadata: ["error": "\(error)"])
        }
    }

    /// Redraws every unexpired panel of `subject` (coalesced), except `skipping`'s, whose panel the
    /// current interaction already redrew. `draw` gets the panel's user; nil leaves that panel alone.
    /// A panel Discord no longer accepts (expired token, deleted message) is forgotten.
    public func refresh(_ subject: OrganizerPanelSubject, skipping: Snowflake? = nil,
                        draw: @escaping @Sendable (Snowflake) async -> Reply?) async {
        await refresher.refresh(subject) {
            for panel in await openPanels(subject) where panel.user != skipping {
                guard let reply = await draw(panel.user) else { continue }
                await edit(panel, reply)
            }
        }
    }

    /// Forgets every panel of `subject` (the run or headcount is over).
    public func forget(_ subject: OrganizerPanelSubject) async {
        let (run, headcount) = Self.columns(subject)
        _ = try? await database.write { try $0.execute(Self.deleteSubjectSQL, run, headcount) }
    }

    /// Drops panels whose token has expired (the sweep keeps the table small).
    public func sweepExpired() async throws -> Int {
        let now = clock.unixMilliseconds()
        return try await database.write { connection in
            try connection.execute("DELETE FROM organizer_panel WHERE expires_at <= ?1", now)
        }
    }

    public struct Panel: Sendable {
        public let id: Int64
        public let user: Snowflake
        public let token: String
        public let messageID: Snowflake?
        public let applicationID: Snowflake
    }

    public func openPanels(_ subject: OrganizerPanelSubject) async -> [Panel] {
        let (run, headcount) = Self.columns(subject), now = clock.unixMilliseconds()
        let rows = try? await database.read { connection in
            try connection.fetchAll(Self.selectSQL, run, headcount, now) { row in
                Panel(id: try row.get(0, as: Int64.self), user: try row.get(1, as: Snowflake.self),
                      token: try row.get(2, as: String.self), messageID: try row.get(3, as: Snowflake?.self),
                      applicationID: try row.get(4, as: Snowflake.self))
            }
        }
        return rows ?? []
    }

    public func edit(_ panel: Panel, _ reply: Reply) async {
        do {
            if let message = panel.messageID {
                _ = try await rest.editFollowup(applicationID: panel.applicationID, token: panel.token,
                                                messageID: message, reply.edit)
            } else {
                _ = try await rest.editOriginal(applicationID: panel.applicationID, token: panel.token, reply.edit)
            }
        } catch let error as RESTError where [401, 404].contains(error.status ?? 0) {
            _ = try? await database.write { try $0.execute("DELETE FROM organizer_panel WHERE id = ?1", panel.id) }
        } catch {
            logger.warning("organizer panel refresh failed", metadata: ["panel.id": "\(panel.id)", "error": "\(error)"])
        }
    }

    public static func columns(_ subject: OrganizerPanelSubject) -> (run: Int64?, headcount: Int64?) {
        switch subject {
        case .run(let id): (id, nil)
        case .headcount(let id): (nil, id)
        }
    }

    /// `=` on the one non-null column lets SQLite use that column's partial unique index.
    public static let subjectSQL = "((?1 IS NOT NULL AND run_id = ?1) OR (?2 IS NOT NULL AND headcount_id = ?2))"
    public static let deleteUserSQL = "DELETE FROM organizer_panel WHERE \(subjectSQL) AND user_id = ?3"
    public static let deleteSubjectSQL = "DELETE FROM organizer_panel WHERE \(subjectSQL)"
    public static let insertSQL = """
        INSERT INTO organizer_panel (run_id, headcount_id, user_id, interaction_token, message_id, created_at,
                                     expires_at, application_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        """
    public static let selectSQL = """
        SELECT id, user_id, interaction_token, message_id, application_id FROM organizer_panel
        WHERE \(subjectSQL) AND expires_at > ?3 AND application_id > 0 ORDER BY id
        """
}
