/// Waits tests use to follow the bot's gateway life: identifies, resumes, connections.
extension GatewayHub {
    /// The `occurrence`-th successful IDENTIFY (0 = first), now or when it happens; returns the session id.
    @discardableResult
    public func identified(occurrence: Int = 0) async throws -> String {
        let record = try await events.first(occurrence: occurrence) { $0.kind.sessionIdentified != nil }
        return record.kind.sessionIdentified ?? ""
    }

    /// The `occurrence`-th successful RESUME (0 = first); returns how many dispatches were replayed.
    @discardableResult
    public func resumed(occurrence: Int = 0) async throws -> Int {
        let record = try await events.first(occurrence: occurrence) { $0.kind.replayedCount != nil }
        return record.kind.replayedCount ?? 0
    }

    /// The `occurrence`-th socket opened (0 = first); returns the path it used (`/gateway` or `/resume`).
    @discardableResult
    public func connected(occurrence: Int = 0) async throws -> String {
        let record = try await events.first(occurrence: occurrence) { $0.kind.connectionPath != nil }
        return record.kind.connectionPath ?? ""
    }

    /// The `occurrence`-th frame the bot sent with opcode `op`, with its (token-free) payload.
    public func received(op: Int, occurrence: Int = 0) async throws -> GatewayEventRecord {
        try await events.first(occurrence: occurrence) { $0.kind == .received(op: op) }
    }
}

extension GatewayEventRecord.Kind {
    /// The session id when this is `.identified`.
    public var sessionIdentified: String? {
        if case .identified(let sessionID) = self { return sessionID }
        return nil
    }

    /// The replay count when this is `.resumed`.
    public var replayedCount: Int? {
        if case .resumed(_, let replayed) = self { return replayed }
        return nil
    }

    /// The path when this is `.connected`.
    public var connectionPath: String? {
        if case .connected(let path, _) = self { return path }
        return nil
    }
}
