import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// The Discord half of a run outcome, after the transaction committed: the public panel, the
/// raid log and, once the run is over, the run role. Failures are logged; the database is the truth.
enum RunAftermath {
    /// `actorPanelRedrawn`: the interaction already redrew the actor's own remembered panel.
    static func follow(_ outcome: RunOutcome, services: RunServices, actorID: Snowflake?,
                       actorPanelRedrawn: Bool = true) async {
        let record = outcome.record
        if outcome.awardsWritten > 0 { services.environment.outbox.nudge() } // quota panel redraws the awards queued
        await services.refreshPanels(record.id, skipping: actorPanelRedrawn ? actorID : nil)
        for effect in outcome.effects {
            switch effect {
            case .started:
                await RunNotices.ping(record, "**Raid Starting!** @here{role}", withDungeonRole: true, services: services)
                await services.raidLog(record, "🟢 Run Started by \(actor(actorID))")
            case .keyPopped(let number, let windowEndsAt):
                await RunNotices.ping(record, "🔑 **Key Popped!**{role}\nPortal expires <t:\(windowEndsAt.unixSeconds):R>",
                                      services: services)
                await services.raidLog(record, "🔑 Key Popped (#\(number)) — \(outcome.awardsWritten) completions credited")
            case .announceLocation(let notice):
                await RunNotices.announce(notice, record.state, services: services)
            case .notifyKeyReactors:
                await RunNotices.tellKeyReactors(outcome.tally.keyReactors, record.state, services: services)
            case .notifyKeyReactor(let member):
                await RunNotices.tellKeyReactors([member], record.state, services: services)
            case .realmScoreSet(let score):
                await RunNotices.ping(record, "**Realm Score: \(score)%**{role}", services: services)
                await services.raidLog(record, "📊 Realm Score: \(score)%")
            case .o3StageChanged(let stage) where stage != .miniboss: // the miniboss ping names the boss
                await RunNotices.ping(record, stage == .closed ? "**Realm Closed**{role}"
                                      : "**Third Room - Join Sanctuary now!**{role}", services: services)
                await services.raidLog(record, "🏰 \(stage.title)")
            case .chainChanged(let amount):
                await services.raidLog(record, "⛓️ Chain amount " + (amount.map { "set to \($0)" } ?? "cleared"))
            case .ended(let ending):
                await finish(record, ending: ending, awards: outcome.awardsWritten, services: services, actorID: actorID)
            default:
                continue
            }
        }
    }

    /// End, cancel and auto-end alike: the run role goes, the raid log says how it ended.
    static func finish(_ record: RunRecord, ending: RunEnding, awards: Int, services: RunServices,
                       actorID: Snowflake?) async {
        await services.panels.forget(.run(record.id.rawValue))
        _ = await services.deleteRunRole(record.roleID)
        if let ping = record.pingMessageID, let channel = record.channelID {
            try? await services.rest.deleteMessage(channelID: Snowflake(channel), messageID: Snowflake(ping))
        }
        let line = switch ending {
        case .completed: "✅ Run Ended by \(actor(actorID)) — \(awards) completions credited"
        case .cancelled: "❌ Run Cancelled by \(actor(actorID))"
        case .autoEnded: "⏰ Run Auto-ended — \(awards) completions credited"
        }
        await services.raidLog(record, line)
    }

    static func actor(_ id: Snowflake?) -> String { id.map { "<@\($0)>" } ?? "the bot" }
}
