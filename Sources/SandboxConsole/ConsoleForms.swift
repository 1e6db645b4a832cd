import DiscordModels
import DiscordSandbox
import Synchronization

/// The newest form (modal) the bot opened for each member, so a typed line can fill it in by its
/// title (`submit "Approve Verification" ign=MaxRealm`), as the member fills in the dialog in front
/// of them: the submission names the message the form was opened from, as Discord's does. Shared
/// by the console's lines and, in the browser, by every request of the page.
public final class ConsoleForms: Sendable {
    struct Form: Sendable {
        let customID: String
        let title: String
        let channelID: Snowflake?
        let messageID: Snowflake?
    }

    private let forms = Mutex<[Snowflake: Form]>([:])

    /// No forms yet.
    public init() {}

    /// Remembers the form `handle`'s interaction opened, if its answer was one.
    public func remember(_ handle: InteractionHandle) async {
        guard let callback = try? await handle.callback, callback.type == 9,
              let customID = callback.data?["custom_id"]?.asString,
              let member = (handle.payload["member"]?["user"] ?? handle.payload["user"])?["id"]?.asSnowflake else { return }
        let form = Form(customID: customID, title: callback.data?["title"]?.asString ?? "",
                        channelID: handle.payload["channel_id"]?.asSnowflake,
                        messageID: handle.payload["message"]?["id"]?.asSnowflake)
        forms.withLock { $0[member] = form }
    }

    /// The newest form opened for `member` whose title or custom_id is `target` (case-insensitive).
    func form(_ target: String, for member: Snowflake) -> Form? {
        forms.withLock { forms in
            guard let form = forms[member], [form.title.lowercased(), form.customID.lowercased()].contains(target.lowercased())
            else { return nil }
            return form
        }
    }
}
