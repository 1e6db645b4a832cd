import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import Logging
import RealmEye

/// What every verification handler shares: the stores, RealmEye, Discord and the guild served.
struct VerificationServices: Sendable {
    /// How long a DM step waits for the member (the incumbent's 5-minute collectors).
    static let stepMinutes = 5
    /// The DM conversation kind of verification.
    static let conversationKind = "verification"

    /// The shared environment.
    let environment: FeatureEnvironment
    /// The session rows.
    let sessions: VerificationSessionStore
    /// The guild's settings.
    let config: VerificationConfigStore
    /// RealmEye.
    let realmEye: RealmEyeClient
    /// `/createrole` configurations.
    let customRoles: CustomRoleConfigStore
    /// Custom-role sessions.
    let customSessions: CustomRoleSessionStore
    /// veri_log lines and threads.
    let verificationLog: VerificationLogStore

    /// Services over `environment` and `realmEye`.
    init(_ environment: FeatureEnvironment, realmEye: RealmEyeClient) {
        self.environment = environment
        self.realmEye = realmEye
        sessions = VerificationSessionStore(database: environment.database)
        config = VerificationConfigStore(database: environment.database)
        customRoles = CustomRoleConfigStore(database: environment.database)
        customSessions = CustomRoleSessionStore(database: environment.database, guild: environment.guildID)
        verificationLog = VerificationLogStore(database: environment.database)
    }

    var rest: DiscordREST { environment.rest }
    var guildID: Snowflake { environment.guildID }
    var logger: Logger { environment.logger }

    /// The injected clock's wall time in Unix ms.
    func now() -> Int64 { environment.clock.unixMilliseconds() }

    /// When a DM step started now ends.
    func stepDeadline() -> Int64 { now() + Int64(Self.stepMinutes) * 60_000 }

    /// Records a veri_log line (its post goes through the outbox); a failure is logged, never the member's.
    func log(_ event: VerificationLogEvent) async {
        do {
            try await verificationLog.record(event, guild: guildID, now: now())
            environment.outbox.nudge()
        } catch {
            logger.warning("verification log line not recorded", metadata: ["error": "\(error)"])
        }
    }

    /// The guild's name, for DMs.
    func guildName() async -> String { (try? await rest.getGuild(guildID: guildID).name) ?? "the server" }

    /// A role's name, for panels and DMs.
    func roleName(_ roleID: Snowflake) async -> String {
        (try? await rest.listRoles(guildID: guildID).first { $0.id == roleID }?.name) ?? "the role"
    }

    /// A member's username, for tickets and logs.
    func username(_ userID: Snowflake) async -> String? { try? await rest.getUser(userID: userID).username }

    /// The mapped verified raider role, or the refusal.
    func verifiedRole() async throws -> Snowflake {
        guard let role = try await GuildRoleStore(database: environment.database).role(.verifiedRaider, guildID: guildID)
        else { throw VerificationRefusal.roleNotConfigured }
        return role
    }

    /// Sends `message` to `userID`'s DMs; the refusal when they closed them.
    @discardableResult
    func directMessage(_ userID: Snowflake, _ message: MessageCreate) async throws -> Message {
        do {
            let channel = try await rest.openDM(recipientID: userID)
            return try await rest.createMessage(channelID: channel.id, message)
        } catch let error as RESTError {
            logger.info("verification DM not delivered", metadata: ["user.id": "\(userID)", "error": "\(error)"])
            throw VerificationRefusal.dmsClosed
        }
    }

    /// Sends `message` into a DM channel already open, logging a failure.
    func tellMember(in channelID: Snowflake, _ message: MessageCreate) async {
        do {
            _ = try await rest.createMessage(channelID: channelID, message)
        } catch {
            logger.info("verification DM answer not delivered", metadata: ["error": "\(error)"])
        }
    }
}
