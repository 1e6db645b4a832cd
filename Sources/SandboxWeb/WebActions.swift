import BotKit
import DiscordModels
import DiscordSandbox
import Hummingbird
import SandboxConsole

/// What a member does on the page, sent as the very interactions the console sends: console lines
/// (the command box and the tour) go through `SandboxConsole`; buttons, selects and modals name
/// the exact message the member used. Answers say what the page must show now (a modal, an error,
/// a member or channel to switch to); messages themselves arrive over the event stream.
struct WebActions: Sendable {
    let sandbox: DiscordSandbox
    let catalog: CommandCatalog
    /// The RealmEye stand-in `realmeye …` lines edit, if one runs.
    var realmEye: RealmEyeStandIn? = nil
    /// The forms the bot opened, which typed `submit <title> …` lines fill in.
    var forms = ConsoleForms()

    /// The actions, each served as `POST /web/api/<name>`.
    static let names = ["line", "click", "select", "submit", "autocomplete", "members", "dm"]

    /// Performs the action `name` (one of `names`) with its JSON body.
    func perform(_ name: String, _ body: JSONValue) async throws -> Response {
        switch name {
        case "line": try await line(body)
        case "click": try await click(body)
        case "select": try await select(body)
        case "submit": try await submit(body)
        case "autocomplete": try await autocomplete(body)
        case "dm": try await directMessage(body)
        default: try await join(body)
        }
    }

    /// `{as, channel, line}`: one console line, typed as `as` in `channel`.
    func line(_ body: JSONValue) async throws -> Response {
        let text = try body.text("line")
        switch ConsoleLine.parse(text) {
        case .failure(let problem): return Self.problem(problem.message)
        case .success(nil): return WebJSON.response(.object([:]))
        case .success(let action?):
            var console = try await console(body)
            do {
                if let handle = try await console.interaction(for: action) { return try await answer(handle) }
                return try await local(action, &console)
            } catch let problem as ConsoleProblem {
                return Self.problem(problem.message)
            }
        }
    }

    /// Console lines that send no interaction: who to be, where to look, what to print.
    func local(_ action: ConsoleAction, _ console: inout SandboxConsole) async throws -> Response {
        switch action {
        case .actAs(let name):
            let lines = await console.actAs(name)
            return WebJSON.response(.object(["member": WebJSON.id(console.member.id), "name": .string(name),
                                             "lines": .array(lines.map(JSONValue.string))]))
        case .show(let name) where name?.lowercased() == "dm":
            guard let dm = await sandbox.guild.dmChannel(with: console.member.id) else { return Self.problem("No DMs yet.") }
            return WebJSON.response(.object(["channel": WebJSON.id(dm.id)]))
        case .show(let name):
            let channel = try await console.channel(matching: name ?? "raid-status")
            return WebJSON.response(.object(["channel": WebJSON.id(channel.id)]))
        case .members: return Self.lines(await console.members())
        case .realmEye, .say: return Self.lines(try await console.perform(action))
        default: return Self.lines(SandboxConsole.help)
        }
    }

    /// `{as, message, customID}`: a button on that message.
    func click(_ body: JSONValue) async throws -> Response {
        let (member, message) = try await memberAndMessage(body)
        return try await answer(try await sandbox.click(try body.text("customID"), on: message, as: member))
    }

    /// `{as, message, customID, values}`: values picked in a select on that message.
    func select(_ body: JSONValue) async throws -> Response {
        let (member, message) = try await memberAndMessage(body)
        let values = (body["values"]?.asArray ?? []).compactMap(\.asString)
        return try await answer(try await sandbox.select(try body.text("customID"), values: values, on: message, as: member))
    }

    /// `{as, channel, message?, modal, fields: {id: value}}`: a filled-in modal.
    func submit(_ body: JSONValue) async throws -> Response {
        let member = try await member(body)
        var stored: SandboxMessage?
        if let source = try? body.snowflake("message") { stored = await sandbox.guild.message(source) }
        let fields = (body["fields"]?.asObject ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value.asString ?? "") }
        return try await answer(try await sandbox.submit(modal: try body.text("modal"), fields: fields, from: stored,
                                                         in: try body.snowflake("channel"), as: member))
    }

    /// `{as, channel, command, path?, options: [{name, value}], focused}`: the choices the bot suggests
    /// (`path`: the subcommand, or group and subcommand, the options belong to).
    func autocomplete(_ body: JSONValue) async throws -> Response {
        let console = try await console(body)
        let options = (body["options"]?.asArray ?? []).compactMap { option -> ConsoleOption? in
            guard let name = option["name"]?.asString, let value = option["value"]?.asString else { return nil }
            return ConsoleOption(name: name, value: value)
        }
        let command = try body.text("command")
        do {
            let path = (body["path"]?.asArray ?? []).compactMap(\.asString)
            let typed = try await console.typed(command, options, focused: try body.text("focused"), path: path)
            let handle = try await sandbox.autocomplete(command: command, options: typed, in: try body.snowflake("channel"),
                                                        as: console.member)
            let callback = try await handle.callback
            return WebJSON.response(.object(["choices": callback.data?["choices"] ?? .array([])]))
        } catch let problem as ConsoleProblem {
            return Self.problem(problem.message)
        }
    }

    /// `{name}`: a new member joins the guild (or the existing one of that name is returned).
    func join(_ body: JSONValue) async throws -> Response {
        let name = try body.text("name")
        guard !name.isEmpty, name.count <= 32, !name.contains(" ") else { return Self.problem("A username is 1–32 characters, no spaces.") }
        var member = await sandbox.guild.member(named: name)
        if member == nil { member = await sandbox.memberJoins(username: name) }
        guard let member else { return Self.problem("\(name) could not join.") }
        return WebJSON.response(.object(["member": WebJSON.id(member.id), "name": .string(name)]))
    }

    /// `{as, content}`: the member DMs the bot (how modmail starts); answers the DM channel to show.
    func directMessage(_ body: JSONValue) async throws -> Response {
        let member = try await member(body)
        let content = try body.text("content")
        guard !content.isEmpty, content.count <= 2000 else { return Self.problem("A message is 1–2000 characters.") }
        let message = try await sandbox.sendDM(content, from: member)
        return WebJSON.response(.object(["channel": WebJSON.id(message.channelID)]))
    }

    /// The bot's acknowledgement: a modal to open, a refusal to show, or nothing (messages follow).
    func answer(_ handle: InteractionHandle) async throws -> Response {
        await forms.remember(handle)
        let callback = try await handle.callback
        guard callback.accepted else { return Self.problem("The bot's answer was refused by Discord (HTTP \(callback.status)).") }
        guard callback.type == 9, let modal = callback.data else { return WebJSON.response(.object(["type": .number(Double(callback.type))])) }
        return WebJSON.response(.object([
            "type": .number(9), "modal": modal, "channel": handle.payload["channel_id"] ?? .null,
            "message": handle.payload["message"]?["id"] ?? .null,
        ]))
    }

    func console(_ body: JSONValue) async throws -> SandboxConsole {
        let member = try await member(body)
        let channel = try body.snowflake("channel")
        guard await sandbox.guild.channel(channel) != nil else { throw HTTPError(.notFound, message: "No such channel.") }
        let raid = await sandbox.guild.channel(named: "raid-status")?.id ?? channel
        return SandboxConsole(sandbox: sandbox, catalog: catalog, commandChannel: channel, raidChannel: raid, member: member,
                              realmEye: realmEye, forms: forms)
    }

    func member(_ body: JSONValue) async throws -> SandboxMember {
        guard let member = await sandbox.guild.member(try body.snowflake("as")) else {
            throw HTTPError(.notFound, message: "That member is not in the guild (the sandbox may have restarted).")
        }
        return member
    }

    func memberAndMessage(_ body: JSONValue) async throws -> (SandboxMember, SandboxMessage) {
        let member = try await member(body)
        guard let message = await sandbox.guild.message(try body.snowflake("message")) else {
            throw HTTPError(.notFound, message: "That message no longer exists.")
        }
        return (member, message)
    }

    static func problem(_ message: String) -> Response {
        WebJSON.response(.object(["error": .string(message)]), status: .unprocessableContent)
    }

    static func lines(_ lines: [String]) -> Response {
        WebJSON.response(.object(["lines": .array(lines.map(JSONValue.string))]))
    }
}
