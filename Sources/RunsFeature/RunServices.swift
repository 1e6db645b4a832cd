import FeatureKit
import BotKit
import DiscordModels
import DiscordREST
import Logging
import RaidDomain

/// What every run handler shares: the store, the Discord client, one button-lock table and one
/// panel refresher for the whole feature.
public struct RunServices: Sendable {
    public let environment: FeatureEnvironment
    public let store: RunStore
    public let locks: ButtonLock
    public let refresher: CoalescingRefresher<RunID>
    public let panels: OrganizerPanels
    public let pingRoles: DungeonRolePings
    let keyLogging: KeyLoggingStore

    public init(_ environment: FeatureEnvironment) {
        self.environment = environment
        store = RunStore(database: environment.database, guildID: environment.guildID.rawValue)
        locks = ButtonLock(clock: environment.clock)
        refresher = CoalescingRefresher()
        panels = OrganizerPanels(environment)
        pingRoles = DungeonRolePings(database: environment.database, guildID: environment.guildID)
        keyLogging = KeyLoggingStore(database: environment.database, guildID: environment.guildID.rawValue)
        environment.outbox.register(panel: Self.panelKind) { [self] id in
            guard let runID = Int64(id) else { return }
            await refreshPanels(RunID(runID))
        }
    }

    /// The outbox's name for a run's panels.
    static let panelKind = "run"

    /// The outbox redraw target of run `runID`'s panels.
    static func panel(_ runID: RunID) -> String { "\(panelKind):\(runID.rawValue)" }

    public var rest: DiscordREST { environment.rest }
    public var guildID: Snowflake { environment.guildID }
    public var logger: Logger { environment.logger }

    public func now() -> Timestamp { Timestamp(unixMilliseconds: environment.clock.unixMilliseconds()) }

    /// The run a component names, refused when it is gone.
    public func record(_ runID: RunID) async throws -> RunRecord {
        guard let record = try await store.run(runID) else {
            throw BotKitError(.runNotFound, detail: "run \(runID) not found")
        }
        return record
    }

    /// Redraws the public panel and every remembered organizer panel but `skipping`'s (whose panel
    /// the current interaction already redrew). Coalesced; failures are logged, the action stands.
    public func refreshPanels(_ runID: RunID, skipping: Snowflake? = nil) async {
        await refreshPublicPanel(runID)
        await panels.refresh(.run(runID.rawValue), skipping: skipping) { _ in
            guard let (record, tally) = try? await store.runWithTally(runID) else { return nil }
            return OrganizerPanelView.reply(record, tally)
        }
    }

    /// The dungeon's ping role, if the guild configured one (§8.5).
    public func pingRole(_ dungeon: Dungeon) async -> Snowflake? {
        await pingRoles.roles(for: [dungeon.code]).first
    }

    /// Redraws the public panel (coalesced); failures are logged, the member's action stands.
    public func refreshPublicPanel(_ runID: RunID) async {
        await refresher.refresh(runID) {
            do {
                guard let (record, tally) = try await store.runWithTally(runID),
                      let channel = record.channelID, let message = record.postMessageID else { return }
                _ = try await rest.editMessage(channelID: Snowflake(channel), messageID: Snowflake(message),
                                               RunPanelView.message(record, tally, now: now()))
            } catch {
                logger.warning("run panel edit failed", metadata: ["run.id": "\(runID)", "error": "\(error)"])
            }
        }
    }

    /// The organizer's own roles for quota: the actor's standing when the organizer acts, else
    /// read from Discord (none when that fails: no quota rather than the wrong quota).
    public func organizerRoles(of run: RunState, actorID: Snowflake? = nil, standing: MemberStanding? = nil) async -> OrganizerRoles {
        if let actorID, let standing, actorID.rawValue == run.organizer.rawValue {
            return OrganizerRoles(roles: standing.quotaRoles)
        }
        do {
            let member = try await rest.getMember(guildID: guildID, userID: Snowflake(run.organizer.rawValue))
            return OrganizerRoles(roles: Set(member.roles.map { RoleID($0.rawValue) }))
        } catch {
            logger.warning("organizer roles unavailable", metadata: ["run.id": "\(run.id)", "error": "\(error)"])
            return .none
        }
    }

    /// Whether `standing` holds the mapped suspended role.
    public func holdsSuspendedRole(_ standing: MemberStanding) async -> Bool {
        guard let role = try? await GuildRoleStore(database: environment.database).role(.suspended, guildID: guildID)
        else { return false }
        return standing.roleIDs.contains(role)
    }

    /// Gives or takes the run role; tolerated failures (a run works without its role).
    public func setRunRole(_ record: RunRecord, member: MemberID, present: Bool) async {
        guard let role = record.roleID else { return }
        do {
            if present {
                try await rest.addMemberRole(guildID: guildID, userID: Snowflake(member.rawValue), roleID: Snowflake(role))
            } else {
                try await rest.removeMemberRole(guildID: guildID, userID: Snowflake(member.rawValue), roleID: Snowflake(role))
            }
        } catch {
            logger.warning("run role change failed", metadata: ["run.id": "\(record.id)", "error": "\(error)"])
        }
    }

    /// Deletes a bot-created run role and remembers it is gone.
    public func deleteRunRole(_ roleID: UInt64?) async -> Bool {
        guard let roleID else { return true }
        do {
            try await rest.deleteRole(guildID: guildID, roleID: Snowflake(roleID), reason: "Raid run finished")
        } catch let error as RESTError where error.status == 404 {
            // already gone: still record it
        } catch {
            logger.warning("run role delete failed", metadata: ["role.id": "\(roleID)", "error": "\(error)"])
            return false
        }
        try? await store.markRoleDeleted(roleID, now: now())
        return true
    }

    /// Posts one line to the run's raid-log thread, opening it when needed.
    public func raidLog(_ record: RunRecord, _ line: String) async {
        let starter = Embed(title: "Raid Log — \(record.state.dungeon.name)",
                            description: "Organizer: <@\(record.state.organizer)>\nRun #\(record.id)")
        await RaidLog(environment).post(line, stored: record.raidLogThreadID, orOpen: "\(record.state.dungeon.name) #\(record.id)",
                                        starter: starter) { try await store.attachRaidLogThread(record.id, threadID: $0) }
    }
}
