import BotKit
import DiscordModels
import DiscordSandbox

/// Carries out console actions as guild members against the stand-in, and says what the bot
/// answered. Slash command options are typed by the bot's own command catalog, so `member:rin`
/// becomes a user option and `screenshot:oryx.png` an uploaded image. Public so the browser UI
/// sends exactly the interactions the console sends.
public struct SandboxConsole: Sendable {
    let sandbox: DiscordSandbox
    let catalog: CommandCatalog
    /// Where slash commands are typed.
    let commandChannel: Snowflake
    /// The channel `show` prints when none is named.
    let raidChannel: Snowflake
    /// The RealmEye stand-in the bot reads, whose players `realmeye …` edits (nil: none running).
    let realmEye: RealmEyeStandIn?
    /// The forms the bot opened, which `submit <title> …` fills in.
    let forms: ConsoleForms
    /// The member acting now.
    public private(set) var member: SandboxMember

    public init(sandbox: DiscordSandbox, catalog: CommandCatalog, commandChannel: Snowflake, raidChannel: Snowflake,
                member: SandboxMember, realmEye: RealmEyeStandIn? = nil, forms: ConsoleForms = ConsoleForms()) {
        self.sandbox = sandbox
        self.catalog = catalog
        self.commandChannel = commandChannel
        self.raidChannel = raidChannel
        self.member = member
        self.realmEye = realmEye
        self.forms = forms
    }

    /// The lines to print for `action`.
    public mutating func perform(_ action: ConsoleAction) async throws -> [String] {
        if let handle = try await interaction(for: action) {
            await forms.remember(handle)
            return try await answer(handle)
        }
        switch action {
        case .actAs(let name): return await actAs(name)
        case .command, .click, .select, .submit: return []
        case .directMessage(let text): return try await directMessage(text)
        case .say(let channel, let text): return try await say(text, in: channel)
        case .realmEye(let ign, let change): return try await changeRealmEye(ign, change)
        case .show(let channel): return try await show(channel)
        case .members: return await members()
        case .help, .quit: return Self.help
        }
    }

    /// Sends the interaction `action` stands for as the current member, for callers that render the
    /// bot's answer themselves (the browser UI); nil for actions that send none.
    public func interaction(for action: ConsoleAction) async throws -> InteractionHandle? {
        switch action {
        case .command(let name, let options, let path): return try await command(name, options, path: path)
        case .click(let target): return try await click(target)
        case .select(let target, let values): return try await select(target, values)
        case .submit(let target, let fields):
            let values = fields.map { ($0.name, $0.value) }
            guard let form = forms.form(target, for: member.id) else {
                return try await sandbox.submit(modal: target, fields: values, in: commandChannel, as: member)
            }
            var source: SandboxMessage?
            if let id = form.messageID { source = await sandbox.guild.message(id) }
            return try await sandbox.submit(modal: form.customID, fields: values, from: source,
                                            in: form.channelID ?? commandChannel, as: member)
        case .actAs, .directMessage, .say, .realmEye, .show, .members, .help, .quit: return nil
        }
    }

    public mutating func actAs(_ name: String) async -> [String] {
        if let existing = await sandbox.guild.member(named: name) {
            member = existing
            return ["You are now \(name)."]
        }
        member = await sandbox.memberJoins(username: name)
        return ["\(name) joined the guild (no roles); you are now \(name)."]
    }

    func command(_ name: String, _ options: [ConsoleOption], path: [String]) async throws -> InteractionHandle {
        try await sandbox.run(command: name, options: try await typed(name, options, path: path), in: commandChannel, as: member)
    }

    /// `options` of `/name` (its subcommand `path`, if any) typed as the member's client sends them,
    /// nested in the subcommand; `focused` marks the option being typed into (an autocomplete
    /// request sends it as text, as Discord does).
    public func typed(_ name: String, _ options: [ConsoleOption], focused: String? = nil,
                      path: [String] = []) async throws -> [CommandOption] {
        guard let declaration = catalog[name] else {
            throw ConsoleProblem("There is no /\(name). The bot has: " + catalog.declarations.map { "/" + $0.name }.joined(separator: " "))
        }
        let (declaredOptions, nest) = try ConsoleSubcommands.resolve("/" + name, declaration.options, path: path)
        return nest(try await typed(options, declaredOptions, command: ([name] + path).joined(separator: " "), focused: focused))
    }

    /// `options` typed against the options `declared` at the end of the subcommand path.
    func typed(_ options: [ConsoleOption], _ available: [ApplicationCommandOption], command name: String,
               focused: String?) async throws -> [CommandOption] {
        var typed: [CommandOption] = []
        for option in options {
            guard let declared = available.first(where: { $0.name == option.name }) else {
                throw ConsoleProblem("/\(name) has no option \(option.name); "
                                     + (available.isEmpty ? "it takes none" : "it has " + available.map(\.name).joined(separator: ", ")))
            }
            if option.name == focused {
                typed.append(.string(option.name, option.value, focused: true))
            } else {
                typed.append(try await commandOption(declared, option.value))
            }
        }
        return typed
    }

    /// The option as the member's Discord client would send it.
    func commandOption(_ declared: ApplicationCommandOption, _ value: String) async throws -> CommandOption {
        let name = declared.name
        switch declared.type {
        case .integer:
            guard let number = Int(value) else { throw ConsoleProblem("\(name) wants a whole number.") }
            return .integer(name, number)
        case .number:
            guard let number = Double(value) else { throw ConsoleProblem("\(name) wants a number.") }
            return .number(name, number)
        case .boolean: return .boolean(name, ["true", "yes", "1"].contains(value.lowercased()))
        case .user:
            guard let user = await sandbox.guild.member(named: value) else { throw ConsoleProblem("No member is named \(value).") }
            return .user(name, user.id)
        case .role:
            guard let role = await sandbox.guild.role(named: value) else { throw ConsoleProblem("No role is named \(value).") }
            return .role(name, role.id)
        case .channel:
            let channelName = value.hasPrefix("#") ? String(value.dropFirst()) : value
            guard let channel = await sandbox.guild.channel(named: channelName) else {
                throw ConsoleProblem("No channel is named \(value).")
            }
            return .channel(name, channel.id)
        case .attachment:
            let image = ["png", "jpg", "jpeg", "gif", "webp"].contains { value.lowercased().hasSuffix("." + $0) }
            return .attachment(name, filename: value, contentType: image ? "image/png" : "application/octet-stream")
        default: return .string(name, value)
        }
    }

    func click(_ target: String) async throws -> InteractionHandle {
        let (message, id, _) = try await find(target)
        return try await sandbox.click(id, on: message, as: member)
    }

    /// Picks options by value or by label (a member sees labels; the bot receives values).
    func select(_ target: String, _ picked: [String]) async throws -> InteractionHandle {
        let (message, id, menu) = try await find(target)
        let options = menu["options"]?.asArray ?? []
        let values = picked.map { choice in
            options.first { $0["label"]?.asString?.lowercased() == choice.lowercased() }?["value"]?.asString ?? choice
        }
        return try await sandbox.select(id, values: values, on: message, as: member)
    }

    /// The newest message holding a component whose custom_id, label or placeholder is `target`.
    func find(_ target: String) async throws -> (SandboxMessage, String, JSONValue) {
        let wanted = target.lowercased()
        for message in await allMessages().reversed() {
            for component in ConsoleRendering.flatten(message.components) {
                guard let id = component["custom_id"]?.asString else { continue }
                let names = [id, component["label"]?.asString, component["placeholder"]?.asString].compactMap { $0?.lowercased() }
                if names.contains(wanted) { return (message, id, component) }
            }
        }
        throw ConsoleProblem("No message shows \"\(target)\". Try show, or show <channel>.")
    }

    func allMessages() async -> [SandboxMessage] {
        var messages: [SandboxMessage] = []
        for channel in await sandbox.guild.channels { messages += await sandbox.guild.messages(in: channel.id) }
        if let dm = await sandbox.guild.dmChannel(with: member.id) { messages += await sandbox.guild.messages(in: dm.id) }
        return messages.sorted { $0.id < $1.id }
    }

    /// The bot's acknowledgement and first answer to one interaction.
    func answer(_ handle: InteractionHandle) async throws -> [String] {
        let callback = try await handle.callback
        guard callback.accepted else { return ["✗ the bot's answer was refused by Discord (HTTP \(callback.status))"] }
        switch callback.type {
        case 9:
            let fields = ConsoleRendering.flatten(callback.data?["components"]?.asArray ?? [])
                .filter { $0["type"]?.asInt == 4 }.compactMap { $0["custom_id"]?.asString }
            let title = callback.data?["title"]?.asString ?? ""
            return ["A form opened: \(title)",
                    "  submit \"\(title)\" " + fields.map { "\($0)=…" }.joined(separator: " ")
                        + "   (or by its id: \(callback.data?["custom_id"]?.asString ?? ""))"]
        case 4, 7, 8: return ConsoleRendering.message(callback.data) // answered in the callback itself
        default:
            let reply = try await handle.answer(0) { if case .callback = $0 { false } else { true } }
            return ConsoleRendering.message(reply.body?["data"] ?? reply.body)
        }
    }

    /// DMs the bot as the current member and prints the bot's DM answer, if it gives one.
    func directMessage(_ text: String) async throws -> [String] {
        let cursor = await sandbox.recordedRequests.count
        let sent = try await sandbox.sendDM(text, from: member)
        let channel = sent.channelID
        guard (try? await sandbox.firstRequest(after: cursor, within: .seconds(5), matching: {
            $0.method == "POST" && $0.path.hasSuffix("/channels/\(channel)/messages")
        })) != nil, let answer = await sandbox.guild.messages(in: channel).last, answer.id != sent.id else {
            return ["(sent; the bot did not answer in your DMs)"]
        }
        return ["— \(answer.author.username) (DM):"] + ConsoleRendering.message(.object(answer.fields))
    }

    /// Posts `text` as the current member; the bot sees it as a guild message. Reports what the bot
    /// did with it within 5 s: a reaction (a modmail thread relays it to the member) or a reply.
    func say(_ text: String, in channelName: String) async throws -> [String] {
        let channel = try await channel(matching: channelName)
        let cursor = await sandbox.recordedRequests.count
        let posted = try await sandbox.post(text, in: channel.id, as: member)
        let reaction = "/channels/\(channel.id)/messages/\(posted.id)/reactions/"
        guard let request = try? await sandbox.firstRequest(after: cursor, within: .seconds(5), matching: {
            ($0.method == "PUT" && $0.path.hasPrefix(reaction)) || ($0.method == "POST" && $0.path.hasSuffix("/channels/\(channel.id)/messages"))
        }) else { return ["(posted in #\(channel.name); the bot did nothing with it)"] }
        if request.method == "PUT" { return ["(posted in #\(channel.name); the bot reacted ✅: relayed to the member)"] }
        guard let reply = await sandbox.guild.messages(in: channel.id).last(where: { $0.author.isBot }) else { return [] }
        return ["— \(reply.author.username):"] + ConsoleRendering.message(.object(reply.fields))
    }

    /// A channel by its name (`#` optional), or else the newest channel or thread whose name
    /// contains it (a modmail ticket's thread is "MM-XXXXXX - member").
    public func channel(matching channelName: String) async throws -> SandboxChannel {
        let name = channelName.hasPrefix("#") ? String(channelName.dropFirst()) : channelName
        if let channel = await sandbox.guild.channel(named: name) { return channel }
        guard let channel = await sandbox.guild.channels.last(where: { $0.name.lowercased().contains(name.lowercased()) }) else {
            throw ConsoleProblem("No channel or thread is named \(name).")
        }
        return channel
    }

    func show(_ channelName: String?) async throws -> [String] {
        var channelID = raidChannel
        if channelName?.lowercased() == "dm" {
            guard let dm = await sandbox.guild.dmChannel(with: member.id) else { return ["(no DMs yet)"] }
            channelID = dm.id
        } else if let channelName {
            channelID = try await channel(matching: channelName).id
        }
        let messages = await sandbox.guild.messages(in: channelID).suffix(5)
        guard !messages.isEmpty else { return ["(no messages)"] }
        return messages.flatMap { message -> [String] in
            let who = message.isEphemeral ? "\(message.author.username) (only the member who asked sees this)"
                : message.author.username
            return ["— \(who):"] + ConsoleRendering.message(.object(message.fields))
        }
    }

    public func members() async -> [String] {
        var lines: [String] = []
        for member in await sandbox.guild.members where !member.user.isBot {
            var roles: [String] = []
            for id in member.roleIDs { if let role = await sandbox.guild.role(id) { roles.append(role.name) } }
            let nick = member.nick.map { " (nickname \($0))" } ?? ""
            lines.append("  \(member.user.username)\(nick): \(roles.isEmpty ? "no roles" : roles.joined(separator: ", "))")
        }
        return lines
    }

    public static let help = [
        "  as <member>                 act as this member (a new name joins the guild)",
        "  /<command> name:value …     a slash command, e.g. /run dungeon:SHATTERS party:p1 location:USW",
        "  click <custom_id or label>  press a button on the newest message that shows it",
        "  select <custom_id> <value>… pick values in a select menu",
        "  submit <title or custom_id> f=v …  fill in and submit the form the bot opened, e.g. submit \"Approve Verification\" ign=Nia",
        "  /<command> <subcommand> …   a subcommand, e.g. /configverification send-panel",
        "  dm <text>                   send the bot a direct message (modmail, a verification IGN)",
        "  say <channel> <text>        post a plain message; a thread by any part of its name (a ticket: the member)",
        "  realmeye <ign> description <text> [| line 2 | line 3]   edit the RealmEye stand-in's player page;",
        "      {code} in the text is the code the bot last DMed you; also stars|fame|characters <n>,",
        "      private, public, or just realmeye <ign> to see the player",
        "  show [channel | dm]         the newest messages of a channel or thread (default: the raid channel) or your DMs",
        "  members | help | quit",
    ]
}
