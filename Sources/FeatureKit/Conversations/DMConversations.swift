import BotKit
import CivilTime
import DiscordModels
import Logging
import Storage
import Synchronization

/// The DM conversation layer (FeatureKit's, for modmail and verification): "wait for this member's
/// next DM, with a deadline, in this step", kept in SQLite so a restart mid-conversation loses
/// nothing. A DM goes to the member's newest open conversation, to the handler its feature
/// registered, once: a re-delivered message is recognised by its id.
public final class DMConversations: Sendable {
    /// Continues a conversation with the member's message.
    public typealias Handler = @Sendable (DirectMessage, DMConversation) async throws -> Void

    let database: Database
    let clock: any BotClock
    let logger: Logger
    private let handlers = Mutex<[String: Handler]>([:])

    /// Conversations in `database`.
    public init(database: Database, clock: any BotClock, logger: Logger) {
        self.database = database
        self.clock = clock
        self.logger = logger
    }

    /// Registers how conversations of `kind` continue.
    public func register(kind: String, _ handler: @escaping Handler) {
        handlers.withLock { $0[kind] = handler }
    }

    /// Opens or moves the conversation inside the caller's transaction (with the state change that
    /// asks the member for a DM).
    public static func expect(_ conversation: DMConversation, _ connection: Connection, now: Int64) throws {
        try connection.execute(DMConversationQueries.upsert, conversation.userID, conversation.kind, conversation.step,
                               conversation.state, now, conversation.expiresAt)
    }

    /// Opens or moves a conversation in a transaction of its own.
    public func expect(_ conversation: DMConversation) async throws {
        let now = clock.unixMilliseconds()
        try await database.write { try Self.expect(conversation, $0, now: now) }
    }

    /// Ends the member's conversation of `kind` inside the caller's transaction.
    public static func end(userID: Snowflake, kind: String, _ connection: Connection) throws {
        try connection.execute(DMConversationQueries.delete, userID, kind)
    }

    /// Ends the member's conversation of `kind`.
    public func end(userID: Snowflake, kind: String) async throws {
        try await database.write { try Self.end(userID: userID, kind: kind, $0) }
    }

    /// The member's newest open conversation, if any.
    public func open(for userID: Snowflake) async throws -> DMConversation? {
        let now = clock.unixMilliseconds()
        return try await database.fetchOne(DMConversationQueries.newestOpen, userID, now, map: Self.row)
    }

    /// Hands `message` to its author's newest open conversation, once. The message counts as seen
    /// when its handler returns (or throws: a failing handler is logged, not retried forever).
    public func receive(_ message: DirectMessage) async -> DMReceipt {
        do {
            let now = clock.unixMilliseconds()
            let (seen, conversation) = try await database.read { connection in
                (try connection.fetchValue(DMConversationQueries.seen, message.id, as: Bool.self) ?? false,
                 try connection.fetchOne(DMConversationQueries.newestOpen, message.authorID, now, map: Self.row))
            }
            if seen { return .duplicate }
            guard let conversation else { return .noConversation }
            guard let handler = handlers.withLock({ $0[conversation.kind] }) else { return .unhandledKind(conversation.kind) }
            do {
                try await handler(message, conversation)
            } catch {
                logger.warning("DM conversation step failed", metadata: ["kind": "\(conversation.kind)", "error": "\(error)"])
            }
            try await database.write { try Self.markSeen(message.id, $0, now: now) }
            return .handled(kind: conversation.kind)
        } catch {
            logger.error("DM not handed over", metadata: ["error": "\(error)"])
            return .noConversation
        }
    }

    /// Marks `messageID` handled inside a handler's own transaction (so its effect and "seen"
    /// commit together, and a re-delivery after a crash is recognised).
    public static func markSeen(_ messageID: Snowflake, _ connection: Connection, now: Int64) throws {
        try connection.execute(DMConversationQueries.markSeen, messageID, now)
    }

    /// Deletes conversations past their deadline and seen-marks older than `seenBefore`; returns how many went.
    public func sweep(now: Int64, seenBefore: Int64) async throws -> Int {
        try await database.write { connection in
            try connection.execute(DMConversationQueries.expire, now) + connection.execute(DMConversationQueries.sweepSeen, seenBefore)
        }
    }

    private static func row(_ row: Row) throws -> DMConversation {
        DMConversation(userID: try row.get(0, as: Snowflake.self), kind: try row.get(1, as: String.self),
                       step: try row.get(2, as: String.self), state: try row.get(3, as: String.self),
                       expiresAt: try row.get(4, as: Int64.self))
    }
}
