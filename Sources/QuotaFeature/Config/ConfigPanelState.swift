import BotKit
import DiscordModels

/// Who opened a configuration panel and when, carried in its buttons' custom_ids so a press needs
/// nothing kept in memory and keeps working after a restart. The panel's buttons work for
/// `lifetime` after the command, as the incumbent's did; a press after that removes them.
struct ConfigPanelState: Hashable, Sendable {
    /// How long a panel's buttons work.
    static let lifetimeMilliseconds: Int64 = 10 * 60_000

    /// Only this member may press the panel's buttons.
    let invoker: Snowflake
    /// When the panel was drawn, in Unix seconds (ids stay short).
    let openedAt: Int64

    init(invoker: Snowflake, openedAt: Int64) {
        self.invoker = invoker
        self.openedAt = openedAt
    }

    /// Whether the panel's buttons have stopped working at `now` (Unix ms).
    func hasExpired(now: Int64) -> Bool { now - openedAt * 1000 > Self.lifetimeMilliseconds }

    /// Refuses anyone but the invoker.
    func requireInvoker(_ context: InteractionContext, command: String) throws {
        guard invoker == context.userID else {
            throw BotKitError(.notAuthorized, detail: "\(command) panel pressed by another member",
                              userMessage: "❌ Only the member who ran this `/\(command)` can use its buttons.")
        }
    }

    /// The refusal of a press on an expired panel.
    static func expired(_ command: String) -> BotKitError {
        BotKitError(.staleComponent, detail: "\(command) panel expired",
                    userMessage: "⌛ This panel has expired. Run `/\(command)` again.")
    }
}
