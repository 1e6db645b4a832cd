import DiscordModels
import DiscordREST

/// Carrying out one item against Discord, and what its failure means.
extension Outbox {
    /// What became of one attempt.
    enum Attempt: Equatable {
        /// Discord did it.
        case done
        /// It can never succeed (a member who left, a deleted message, an expired token).
        case giveUp(String)
        /// It may succeed later (Discord busy, rate limited, a timeout).
        case retry(String)
    }

    func attempt(_ item: OutboxItem) async -> Attempt {
        do {
            switch item {
            case .interactionReply(_, let applicationID, let token, let content):
                _ = try await rest.editOriginal(applicationID: applicationID, token: token, MessageEdit(content: content))
            case .memberRole(let guildID, let userID, let roleID, let present, let reason):
                if present {
                    try await rest.addMemberRole(guildID: guildID, userID: userID, roleID: roleID, reason: reason)
                } else {
                    try await rest.removeMemberRole(guildID: guildID, userID: userID, roleID: roleID, reason: reason)
                }
            case .redraw(let panel):
                guard let (redraw, id) = redrawer(for: panel) else { return .giveUp("no redrawer for \(panel)") }
                try await redraw(id)
            case .notice(let channelID, _, let content):
                _ = try await rest.createMessage(channelID: channelID, MessageCreate(content: content, allowedMentions: AllowedMentions.none))
            }
            return .done
        } catch let error as RESTError {
            return Self.classify(error)
        } catch {
            return .retry("\(error)")
        }
    }

    /// 5xx, 429, timeouts and transport failures are worth retrying; Discord's other refusals are final.
    static func classify(_ error: RESTError) -> Attempt {
        switch error.kind {
        case .timeout, .transport, .rateLimited, .circuitOpen, .shutdown:
            return .retry(error.description)
        case .decoding:
            return .done // Discord did it; only its answer did not decode
        case .http(let status, _) where status >= 500 || status == 429:
            return .retry(error.description)
        default:
            return .giveUp(error.description)
        }
    }
}
