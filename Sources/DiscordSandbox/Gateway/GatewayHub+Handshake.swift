import DiscordModels

/// IDENTIFY → READY + GUILD_CREATE, and RESUME → replay + RESUMED, as Discord answers them.
extension GatewayHub {
    func identify(_ data: JSONValue?, on link: Int) async {
        guard links[link]?.sessionID == nil else { return await close(link, code: 4005, reason: "Already authenticated.") }
        guard tokenMatches(data?["token"]) else { return await close(link, code: 4004, reason: "Authentication failed.") }
        guard let intents = data?["intents"]?.asInt, intents >= 0 else {
            return await close(link, code: 4013, reason: "Invalid intent(s).")
        }
        identifyCount += 1
        let sessionID = Self.newSessionID(identifyCount)
        let ready = await readyPayload(sessionID: sessionID)
        let guildCreate = await guild.guildCreateWire()
        // No await from here to the dispatches: nothing may take sequence 1 before READY.
        sessions[sessionID] = GatewaySession(id: sessionID, intents: UInt64(intents), connection: link)
        currentSessionID = sessionID
        links[link]?.sessionID = sessionID
        dispatch("READY", data: ready)
        dispatch("GUILD_CREATE", data: guildCreate, intent: 1)
        await record(link, .identified(sessionID: sessionID))
    }

    func resume(_ data: JSONValue?, on link: Int) async {
        guard links[link]?.sessionID == nil else { return await close(link, code: 4005, reason: "Already authenticated.") }
        guard tokenMatches(data?["token"]) else { return await close(link, code: 4004, reason: "Authentication failed.") }
        guard let sessionID = data?["session_id"]?.asString, var session = sessions[sessionID],
              let seq = data?["seq"]?.asInt, seq <= session.sequence,
              seq + 1 >= (session.sent.first?.sequence ?? session.sequence + 1)
        else {
            // Unknown session, a future seq, or one older than the replay buffer: too late to resume.
            send(op: 9, data: .bool(false), to: link)
            return await record(link, .resumeRejected)
        }
        if let previous = session.connection, previous != link {
            await close(previous, code: 4000, reason: "Session resumed elsewhere")
        }
        session.connection = link
        sessions[sessionID] = session
        currentSessionID = sessionID
        links[link]?.sessionID = sessionID
        let missed = session.sent.filter { $0.sequence > seq }
        for entry in missed { links[link]?.outbox.yield(.frame(entry.frame)) }
        dispatch("RESUMED", data: .null)
        await record(link, .resumed(sessionID: sessionID, replayed: missed.count))
    }

    private func tokenMatches(_ token: JSONValue?) -> Bool {
        guard var text = token?.asString else { return false }
        if text.hasPrefix("Bot ") { text.removeFirst(4) }
        return text == configuration.token
    }

    private func readyPayload(sessionID: String) async -> JSONValue {
        var user = guild.bot.wire.asObject ?? [:]
        user["verified"] = .bool(true)
        user["mfa_enabled"] = .bool(false)
        user["flags"] = .int(0)
        return .object([
            "v": .int(10), "user": .object(user), "session_id": .string(sessionID),
            "resume_gateway_url": .string(resumeURL), "session_type": .string("normal"),
            "guilds": .array([.object(["id": .id(guild.id), "unavailable": .bool(true)])]),
            "shard": .array([.int(0), .int(1)]),
            "application": .object(["id": .id(configuration.applicationID), "flags": .int(0)]),
            "private_channels": .array([]), "presences": .array([]), "relationships": .array([]),
            "guild_join_requests": .array([]), "geo_ordered_rtc_regions": .array([]), "auth": .object([:]),
        ])
    }

    private static func newSessionID(_ counter: Int) -> String {
        let random = (0..<4).map { _ in String(UInt32.random(in: .min ... .max), radix: 16) }.joined()
        return "sandbox\(counter)\(random)"
    }
}
