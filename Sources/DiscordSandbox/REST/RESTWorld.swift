import DiscordModels

/// What route handlers act on: the guild, the gateway (for dispatches) and the interaction ledger.
struct RESTWorld: Sendable {
    let configuration: SandboxConfiguration
    let guild: SandboxGuild
    let hub: GatewayHub
    let ledger: InteractionLedger

    /// The `{guild.id}` parameter, which must name the sandbox guild (else 10004 Unknown Guild).
    func guildID(_ call: RESTCall) throws -> Snowflake {
        let id = try call.id("guild.id")
        guard id == configuration.guildID else {
            throw DiscordFailure(status: 404, code: 10004, message: "Unknown Guild")
        }
        return id
    }

    /// Sends GUILD_MEMBER_UPDATE for a member (GUILD_MEMBERS intent).
    func announceMember(_ memberID: Snowflake) async {
        guard let data = await guild.memberUpdateWire(memberID) else { return }
        await hub.dispatch("GUILD_MEMBER_UPDATE", data: data, intent: 1 << 1)
    }

    /// Sends a role event (GUILDS intent).
    func announceRole(_ event: String, _ role: JSONValue) async {
        await hub.dispatch(event, data: .object(["guild_id": .id(configuration.guildID), "role": role]), intent: 1)
    }

    /// Throws 50035 when the body breaks a limit.
    func requireWithinLimits(_ violations: [FormViolation]) throws {
        if !violations.isEmpty { throw DiscordFailure.invalidForm(violations) }
    }
}

/// A route table entry.
struct Route: Sendable {
    let template: RouteTemplate
    let handler: RouteHandler

    init(_ method: String, _ template: String, auth: Bool = true, _ handler: @escaping RouteHandler) {
        self.template = RouteTemplate(method, template, requiresAuth: auth)
        self.handler = handler
    }
}
