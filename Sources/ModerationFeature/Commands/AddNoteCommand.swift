import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/addnote member note` (§1.2, §6.4): no self, no bots, the hierarchy bypassed; notes show only
/// in `/find` and earn the author `addnote` moderation points.
enum AddNoteCommand {
    /// The declaration: the note is at most 1000 characters.
    static let declaration = CommandDeclaration(
        name: "addnote", description: "Add a staff note to a member (shown in /find)",
        options: [
            ModerationDeclarations.member(),
            ApplicationCommandOption(type: .string, name: "note", description: "The note (up to 1000 characters)",
                                     required: true, maxLength: ModerationLimits.note),
        ],
        gate: ModerationPolicy.gate("addnote"), deferStyle: .publicReply,
        usage: "/addnote member:<@member> note:<text>")

    /// Runs `/addnote`.
    static func handle(_ context: InteractionContext, _ services: ModerationServices) async throws {
        let options = ModerationOptions(context: context)
        let userID = try options.user()
        let text = try options.text("note", field: "Note", limit: ModerationLimits.note)
        let target = try await Targeting.resolve("addnote", userID: userID, context, services)
        let (note, points) = try await services.store.addNote(
            text, about: MemberID(target.userID.rawValue), by: options.actor,
            authorName: context.interaction.invoker?.username, authorRoles: options.actorRoles, now: services.now())
        if points > .zero { services.environment.outbox.nudge() } // the quota panel redraw
        var fields = [
            EmbedField(name: "Member", value: target.mention, inline: true),
            EmbedField(name: "Added By", value: "<@\(context.userID)>", inline: true),
            EmbedField(name: "Note", value: note.text, inline: false),
            EmbedField(name: "Note ID", value: "`\(note.id)`", inline: true),
        ]
        if points > .zero { fields.append(EmbedField(name: "Moderation Points", value: "+\(points)", inline: true)) }
        let embed = Embed(title: "📝 Staff Note Added", color: EmbedColor.information, fields: fields)
        try await context.reply(Reply(embeds: [embed]))
        await LogChannels(services.environment).post(embed, to: .botLog)
    }
}
