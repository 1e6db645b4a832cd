import DiscordModels
import DiscordSandbox

/// `realmeye <ign> …`: the player edits their page on the RealmEye stand-in the bot reads, as a
/// player edits their RealmEye profile (the description where the verification code goes, stars,
/// fame, characters, privacy).
extension SandboxConsole {
    /// The placeholder that stands for the code the bot last DMed the current member.
    static let codePlaceholder = "{code}"

    /// Applies `change` to `ign`'s stand-in page and describes the page now.
    func changeRealmEye(_ ign: String, _ change: RealmEyeChange) async throws -> [String] {
        guard let realmEye else { throw ConsoleProblem("No RealmEye stand-in runs in this sandbox.") }
        if case .show = change {
            guard let profile = realmEye.profile(ign) else {
                return ["RealmEye stand-in: \(ign) is not a player it shows (RealmEye says not found)."]
            }
            return Self.describe(profile)
        }
        var lines: [String] = []
        if case .description(let typed) = change {
            lines = typed
            if typed.contains(where: { $0.contains(Self.codePlaceholder) }) {
                guard let code = await codeFromDirectMessages() else {
                    throw ConsoleProblem("The bot has not DMed \(member.user.username) a code yet ({code} stands for it).")
                }
                lines = typed.map { $0.replacing(Self.codePlaceholder, with: code) }
            }
        }
        let profile = realmEye.update(ign) { profile in
            switch change {
            case .description: profile.description = lines
            case .stars(let stars): profile.stars = stars
            case .fame(let fame): profile.fame = fame
            case .characters(let characters): profile.characters = characters
            case .privacy(let hidden): profile.isPrivate = hidden
            case .show: break
            }
        }
        return Self.describe(profile)
    }

    /// The page as one summary line and its description.
    static func describe(_ profile: RealmEyeStandInProfile) -> [String] {
        let summary = "RealmEye stand-in: \(profile.name), \(profile.stars) stars, \(profile.fame) fame, "
            + "\(profile.characters) characters, " + (profile.isPrivate ? "private" : "public")
        let lines = profile.description.enumerated().map { "  description line \($0.offset + 1): \($0.element)" }
        return [summary] + (lines.isEmpty ? ["  (empty description)"] : lines)
    }

    /// The text of the newest ``` code block in the bot's DMs to the current member (where the
    /// verification steps show the code), as a player copies it.
    func codeFromDirectMessages() async -> String? {
        guard let channel = await sandbox.guild.dmChannel(with: member.id) else { return nil }
        for message in await sandbox.guild.messages(in: channel.id).reversed() where message.author.isBot {
            let embeds = message.fields["embeds"]?.asArray ?? []
            let texts = [message.fields["content"]?.asString] + embeds.map { $0["description"]?.asString }
            for text in texts.compactMap({ $0 }) {
                if let code = Self.firstCodeBlock(text) { return code }
            }
        }
        return nil
    }

    /// The trimmed inside of the first ```…``` block of `text`.
    static func firstCodeBlock(_ text: String) -> String? {
        let parts = text.split(separator: "```", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        let inside = parts[1].split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        guard inside.count == 1, let code = inside.first?.split(separator: " ").first else { return nil }
        return String(code)
    }
}
