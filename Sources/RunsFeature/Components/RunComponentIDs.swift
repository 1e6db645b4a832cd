import FeatureKit
import BotKit
import RaidDomain

/// The typed custom_ids of the run panels (`v1:run:<action>:<runId>[:<key>]`). Every id names its
/// run, so a button from another run's message is caught by comparing with the message it sits on.
enum RunComponentIDs {
    static let join = CustomIDSchema("run", "join", [.snowflake])
    static let leave = CustomIDSchema("run", "leave", [.snowflake])
    static let key = CustomIDSchema("run", "key", [.snowflake, .token])
    static let chooseClass = CustomIDSchema("run", "class", [.snowflake])
    static let organizerPanel = CustomIDSchema("run", "org", [.snowflake])
    static let confirmAccess = CustomIDSchema("run", "org_confirm", [.snowflake])
    static let denyAccess = CustomIDSchema("run", "org_deny", [.snowflake])
    static let start = CustomIDSchema("run", "start", [.snowflake])
    static let end = CustomIDSchema("run", "end", [.snowflake])
    static let cancel = CustomIDSchema("run", "cancel", [.snowflake])
    static let keyPop = CustomIDSchema("run", "keypop", [.snowflake])
    static let lockJoin = CustomIDSchema("run", "lockjoin", [.snowflake])
    static let partyLocation = CustomIDSchema("run", "setpartyloc", [.snowflake])
    static let partyLocationModal = CustomIDSchema("run", "partyloc_modal", [.snowflake])
    static let chain = CustomIDSchema("run", "setchain", [.snowflake])
    static let chainModal = CustomIDSchema("run", "chain_modal", [.snowflake])
    static let screenshot = CustomIDSchema("run", "screenshot", [.snowflake])
    static let realmScore = CustomIDSchema("run", "realmscore", [.snowflake])
    static let realmScoreModal = CustomIDSchema("run", "realmscore_modal", [.snowflake])
    static let realmClosed = CustomIDSchema("run", "realmclosed", [.snowflake])
    static let miniboss = CustomIDSchema("run", "miniboss", [.snowflake])
    static let minibossSelect = CustomIDSchema("run", "miniboss_select", [.snowflake])
    static let thirdRoom = CustomIDSchema("run", "thirdroom", [.snowflake])

    /// Every run schema (views are checked against this list: each id they draw must route).
    static let all = [join, leave, key, chooseClass, organizerPanel, confirmAccess, denyAccess, start, end, cancel,
                      keyPop, lockJoin, partyLocation, partyLocationModal, chain, chainModal, screenshot, realmScore,
                      realmScoreModal, realmClosed, miniboss, minibossSelect, thirdRoom]

    /// The run a routed component or modal names (validated by its schema before the handler).
    static func runID(_ context: InteractionContext) throws -> RunID {
        guard let raw = context.customID?.arguments.first, let value = Int64(raw), value > 0 else {
            throw forged("component without a run id")
        }
        return RunID(value)
    }

    /// A component that does not fit the run it names: stale or forged.
    static func forged(_ detail: String) -> BotKitError {
        BotKitError(.staleComponent, detail: detail, userMessage: "❌ This button does not belong to this run.")
    }

    /// The wire id of `schema` for `run` (plus `extra` arguments such as a key).
    static func make(_ schema: CustomIDSchema, _ run: RunID, _ extra: [String] = []) -> String {
        schema.wire([run.description] + extra)
    }
}
