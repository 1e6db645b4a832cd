import DiscordModels

/// How an interaction is acknowledged before any other work (non-negotiable 5; §1 and §2).
public enum AcknowledgementStyle: Hashable, Sendable {
    /// Deferred reply visible to the channel; the handler's reply edits it.
    case publicReply
    /// Deferred reply only the invoker sees.
    case ephemeralReply
    /// Deferred update of the clicked message; the handler's reply edits that message.
    case update

    /// The callback sent first.
    var response: InteractionResponse {
        switch self {
        case .publicReply: .deferredMessage(ephemeral: false)
        case .ephemeralReply: .deferredMessage(ephemeral: true)
        case .update: .deferredUpdate
        }
    }

    /// Whether the original response is a reply of our own (as opposed to the clicked message).
    var ownsOriginal: Bool { self != .update }

    /// The style of a command's declared deferral.
    init(_ style: CommandDeferStyle) {
        switch style {
        case .publicReply: self = .publicReply
        case .ephemeralReply: self = .ephemeralReply
        }
    }
}
