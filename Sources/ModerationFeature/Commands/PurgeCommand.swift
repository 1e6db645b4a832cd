import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import RaidDomain

/// `/purge amount` (§1.2, §6.7): the channel's last 1–25 messages, pinned ones skipped, deleted in
/// bulk; messages older than 14 days (which Discord will not bulk-delete) are reported, not hidden.
enum PurgeCommand {
    /// The incumbent's custom limit: three purges a minute per member.
    static let rateLimit = RateLimitPreset(name: "PURGE", maximum: 3, window: .seconds(60),
                                           message: "⏳ You can only use /purge 3 times per minute.")
    /// Discord's bulk-delete age limit.
    static let bulkDeleteAgeMilliseconds: UInt64 = 14 * 86_400_000

    /// The declaration: ephemeral, 1–25.
    static let declaration = CommandDeclaration(
        name: "purge", description: "Delete the last messages of this channel (pinned ones are kept)",
        options: [ApplicationCommandOption(type: .integer, name: "amount", description: "How many (1–25)", required: true,
                                           minValue: Double(ModerationLimits.purge.lowerBound),
                                           maxValue: Double(ModerationLimits.purge.upperBound))],
        gate: ModerationPolicy.gate("purge"), deferStyle: .ephemeralReply, rateLimit: rateLimit,
        usage: "/purge amount:<1–25>")

    /// Runs `/purge` in the invoking channel.
    static func handle(_ context: InteractionContext, _ services: ModerationServices) async throws {
        let amount = Int(context.commandData?.value(of: "amount")?.integerValue ?? 0)
        guard ModerationLimits.purge.contains(amount) else {
            throw ModerationRefusal.input(.numberOutOfRange(field: "Amount", minimum: 1, maximum: 25))
        }
        guard let channel = context.interaction.channelID else { throw BotKitError(.validation, detail: "no channel") }
        let messages = try await services.rest.listMessages(channelID: channel, limit: amount)
        let now = UInt64(max(0, services.now().unixMilliseconds))
        let unpinned = messages.filter { $0.pinned != true }
        let deletable = unpinned.filter { now - min(now, $0.id.unixMilliseconds) < bulkDeleteAgeMilliseconds }.map(\.id)
        do {
            if deletable.count == 1 {
                try await services.rest.deleteMessage(channelID: channel, messageID: deletable[0], reason: "Purge")
            } else if deletable.count > 1 {
                try await services.rest.bulkDeleteMessages(channelID: channel, messageIDs: deletable, reason: "Purge")
            }
        } catch let error as RESTError where error.status == 403 {
            throw ModerationRefusal.botLacksPermission("Manage Messages")
        }
        var lines = ["🧹 Deleted \(deletable.count) message\(deletable.count == 1 ? "" : "s")."]
        let pinned = messages.count - unpinned.count, old = unpinned.count - deletable.count
        if pinned > 0 { lines.append("📌 Skipped \(pinned) pinned.") }
        if old > 0 { lines.append("⌛ Skipped \(old) older than 14 days (Discord does not bulk-delete those).") }
        try await context.reply(.text(lines.joined(separator: "\n")))
    }
}
