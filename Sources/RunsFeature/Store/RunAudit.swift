import FeatureKit
import BotKit
import DiscordModels
import RaidDomain
import Storage

/// The audit rows of run state changes (§10.7), written in the transaction that made the change.
enum RunAudit {
    /// The audit name of a state change (`run.started`, `run.ended` …), nil for panel-only changes.
    static func auditAction(_ effects: [RunEffect]) -> String? {
        for effect in effects {
            switch effect {
            case .started: return "run.started"
            case .ended(let ending): return ending == .cancelled ? "run.cancelled" : "run.ended"
            case .keyPopped: return "run.key_popped"
            case .joinLockChanged(let locked): return locked ? "run.join_locked" : "run.join_unlocked"
            case .partyChanged, .locationChanged: return "run.party_location"
            case .chainChanged: return "run.chain_amount"
            case .screenshotAttached: return "run.screenshot"
            case .o3StageChanged(let stage): return "run.o3_stage.\(stage.rawValue)"
            case .realmScoreSet: return "run.realm_score"
            default: continue
            }
        }
        return nil
    }


    /// Writes the audit row for `effects`, if they change the run's state. (actor nil: the bot)
    static func record(_ effects: [RunEffect], run: RunID, guildID: UInt64, actor: MemberID?, now: Timestamp,
                       on connection: Connection) throws {
        guard let action = auditAction(effects) else { return }
        try CommandLogStore.insertAudit(AuditEntry(
            guildID: Snowflake(guildID), actorID: actor.map { Snowflake($0.rawValue) }, action: action,
            subject: run.description, metadataJSON: "{}", createdAtUnixMilliseconds: now.unixMilliseconds), on: connection)
    }
}
