import BotKit
import DiscordModels
import DiscordREST
import FeatureKit

/// `/modmail` (§6.8), from a DM or the guild: the checks, then the DM asking for one message. The
/// draft and the conversation that waits for that DM are written together, so a restart while the
/// member writes loses nothing (defect 18). The bot serves one guild, so the incumbent's guild
/// choice reduces to "is the member in it".
enum ModmailCommand {
    /// `/modmail`, the one command that works in DMs.
    static let declaration = CommandDeclaration(
        name: "modmail", description: "Contact the server's staff privately", gate: ModmailPolicy.gate("modmail"),
        deferStyle: .ephemeralReply, allowedInDMs: true, usage: "/modmail")

    /// Runs `/modmail`.
    static func handle(_ context: InteractionContext, _ services: ModmailServices) async throws {
        let userID = context.userID
        if let guild = context.guildID, guild != services.guildID { throw ModmailRefusal.notAMember }
        guard try await isMember(userID, services) else { throw ModmailRefusal.notAMember }
        try await services.admitNewTicket(from: userID)
        let guildName = await services.guildName()
        let prompt = try await services.directMessage(userID, ModmailViews.prompt(guildName: guildName,
                                                                                 minutes: ModmailServices.stepMinutes))
        try await services.store.startDraft(userID, guild: services.guildID, dmChannel: prompt.channelID,
                                            now: services.now(), expires: services.stepDeadline())
        let answer = context.guildID == nil
            ? "📬 Write your message to the staff of **\(guildName)** here."
            : "📬 Check your DMs: write your message to the staff there."
        try await context.reply(.text(answer))
    }

    /// Whether `userID` is in the guild (a member invoking from the guild is, by definition).
    private static func isMember(_ userID: Snowflake, _ services: ModmailServices) async throws -> Bool {
        try await services.rest.findMember(guildID: services.guildID, userID: userID) != nil
    }
}
