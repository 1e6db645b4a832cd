import DiscordModels
import DiscordSandbox
import Storage

/// What one kill cycle promised members and did not deliver (each count's goal is 0), and how
/// long confirmations took.
struct KillCycleReport: Sendable {
    /// Join clicks sent.
    var clicks = 0
    /// Clicks whose acknowledgement Discord accepted (by either process).
    var acknowledged = 0
    /// Acknowledged joins missing from the database.
    var lost = 0
    /// Joined members who never got their "Raid joined" confirmation.
    var neverTold = 0
    /// Joined members without the run role.
    var withoutRole = 0
    /// Callbacks Discord refused as already acknowledged (40060).
    var refusedAsAcknowledged = 0
    /// Whether the public panel ended showing the joined count.
    var panelShowsFinalCount = false
    /// Acknowledgement accepted → confirmation shown, per confirmed join.
    var confirmationLatencies: [Duration] = []

    static func collect(_ stage: KillCycleStage, runID: Int64, post: SandboxMessage, handles: [InteractionHandle],
                        raiders: [SandboxMember]) async throws -> KillCycleReport {
        let events = stage.sandbox.interactionEvents
        var report = KillCycleReport(clicks: handles.count)
        var acknowledgedAt: [Snowflake: ContinuousClock.Instant] = [:]
        for (handle, raider) in zip(handles, raiders) {
            let id = handle.id
            // Every click gets an acknowledgement attempt: accepted, or refused as late (10062).
            _ = try? await events.first(within: .seconds(30)) { $0.interactionID == id && $0.isCallback }
            if let accepted = await events.filter({ $0.interactionID == id && $0.isCallback && $0.accepted }).first {
                acknowledgedAt[raider.id] = accepted.receivedAt
            }
        }
        report.acknowledged = acknowledgedAt.count
        let clicked = Set(handles.map(\.id))
        report.refusedAsAcknowledged = await events.filter {
            $0.isCallback && $0.status == 400 && clicked.contains($0.interactionID)
        }.count
        for (handle, raider) in zip(handles, raiders) where acknowledgedAt[raider.id] != nil {
            let id = handle.id
            let told = try? await events.first(within: .seconds(30)) { event in
                event.interactionID == id && event.kind == .originalEdited && event.accepted
                    && (event.body?["content"]?.asString?.hasPrefix("✅ Raid joined!") ?? false)
            }
            if let told, let start = acknowledgedAt[raider.id] { report.confirmationLatencies.append(told.receivedAt - start) }
        }
        let (joined, roleID) = try await stage.read { connection in
            (Set(try connection.fetchAll("SELECT user_id FROM reaction WHERE run_id = ?1 AND state = 'join'", runID) {
                Snowflake(try $0.get(0, as: UInt64.self))
            }), try connection.fetchValue("SELECT role_id FROM run WHERE id = ?1", runID, as: UInt64.self))
        }
        report.lost = acknowledgedAt.keys.filter { !joined.contains($0) }.count
        for (handle, raider) in zip(handles, raiders) where joined.contains(raider.id) {
            let id = handle.id
            let told = await events.filter { $0.interactionID == id && $0.kind == .originalEdited && $0.accepted }
            if told.isEmpty { report.neverTold += 1 }
            if let roleID, try await !Self.holds(stage, raider.id, role: roleID) { report.withoutRole += 1 }
        }
        report.panelShowsFinalCount = try await Self.panelShows(stage, post, joined: joined.count)
        return report
    }

    /// Waits (bounded) for the role assignment the outbox owes `member`.
    private static func holds(_ stage: KillCycleStage, _ member: Snowflake, role: UInt64) async throws -> Bool {
        let path = "/members/\(member)/roles/\(role)"
        let put = try? await stage.sandbox.requests.first(within: .seconds(30)) {
            $0.method == "PUT" && $0.path.hasSuffix(path) && $0.status < 300
        }
        return put != nil
    }

    /// Waits (bounded) for the public panel to show `joined` raiders.
    private static func panelShows(_ stage: KillCycleStage, _ post: SandboxMessage, joined: Int) async throws -> Bool {
        let path = "/channels/\(post.channelID)/messages/\(post.id)"
        let shown = try? await stage.sandbox.requests.first(within: .seconds(30)) { request in
            guard request.method == "PATCH", request.path.hasSuffix(path), request.status < 300,
                  let embed = request.body?["embeds"]?.asArray?.first else { return false }
            let count = (embed["fields"]?.asArray ?? []).first { $0["name"]?.asString == "Raiders Joined" }?["value"]?.asString
            return count == "\(joined)"
        }
        return shown != nil
    }
}

extension InteractionEvent {
    /// Whether this is the acknowledgement (or an attempt at it).
    var isCallback: Bool {
        if case .callback = kind { return true }
        return false
    }
}
