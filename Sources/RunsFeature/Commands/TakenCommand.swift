import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// `/taken` (§1.1, §3.12): attaches the Oryx 3 completion screenshot to the caller's one active
/// run, which Oryx 3 needs before it can start. The image stays on Discord's CDN; the run keeps
/// its link, and the raid log shows it.
enum TakenCommand {
    static let declaration = CommandDeclaration(
        name: "taken", description: "Submit the Oryx 3 completion screenshot for your active run",
        options: [ApplicationCommandOption(type: .attachment, name: "screenshot",
                                           description: "Fullscreen, with /who and /server visible", required: true)],
        gate: .rank(.organizer), deferStyle: .ephemeralReply,
        usage: "/taken screenshot:<image>", examples: ["/taken screenshot:oryx3.png"])

    static func handle(_ context: InteractionContext, _ services: RunServices) async throws {
        let image = try screenshot(context)
        let runID = try await activeRun(of: MemberID(context.userID.rawValue), services)
        let actor = RunActor(member: MemberID(context.userID.rawValue), isStaff: true)
        let outcome = try await services.store.perform(runID, member: actor.member, now: services.now()) { _ in
            .attachScreenshot(url: image, by: actor)
        }.get()
        try await context.reply(.text("✅ Screenshot submitted for **\(outcome.record.state.dungeon.name)**. You can start the run now."))
        await services.raidLog(outcome.record, "📸 Completion Screenshot Submitted by <@\(context.userID)>\n\(image)")
        await RunAftermath.follow(outcome, services: services, actorID: context.userID, actorPanelRedrawn: false)
    }

    /// The uploaded image's url; anything but an image is refused in plain words.
    static func screenshot(_ context: InteractionContext) throws -> String {
        guard let id = context.commandData?.leafOptions.first(where: { $0.name == "screenshot" })?.value?.snowflakeValue,
              let file = context.commandData?.resolved?.attachments?[id], let url = file.url else {
            throw BotKitError(.validation, detail: "taken without a resolved attachment",
                              userMessage: "❌ Attach the screenshot as an image file.")
        }
        guard file.contentType?.hasPrefix("image/") == true else {
            throw BotKitError(.validation, detail: "taken attachment \(file.contentType ?? "untyped")",
                              userMessage: "❌ The screenshot must be an image (PNG, JPG, GIF or WEBP).")
        }
        return url
    }

    /// The caller's single active run; none or several get an explanation instead.
    static func activeRun(of organizer: MemberID, _ services: RunServices) async throws -> RunID {
        let runs = try await services.store.hostedActivities(of: organizer).compactMap(\.runID)
        guard let run = runs.first else {
            throw BotKitError(.runNotFound, detail: "taken without an active run",
                              userMessage: "❌ You have no active run. Start an Oryx 3 run with `/run` first.")
        }
        guard runs.count == 1 else {
            throw BotKitError(.conflict, detail: "taken with \(runs.count) active runs",
                              userMessage: "❌ You have more than one active run; end or cancel the others first.")
        }
        return run
    }
}
