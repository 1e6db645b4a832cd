import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// The key-logging panel's handlers (§2.3). Each step redraws the one ephemeral message it sits
/// on; the counts go to the ledger in one transaction, and the raid log gets a line.
enum KeyLoggingActions {
    static func register(into routes: inout InteractionRoutes, services: RunServices) {
        let organizer = CommandGate.rank(.organizer)
        let store = services.keyLogging
        routes.component(ComponentRoute(KeyLoggingIDs.pickMember, gate: organizer, action: .deferred(.update) { context in
            guard let id = context.selectedValues.first.flatMap(UInt64.init) else {
                throw RunComponentIDs.forged("key logging member select without a member")
            }
            let panel = try await openPanel(context, store)
            let name = panel.candidates.first { $0.member.rawValue == id }?.name ?? "User \(id)"
            try await context.reply(KeyLoggingView.countPicker(panel, member: .init(member: MemberID(id), name: name)))
        }))
        routes.component(ComponentRoute(KeyLoggingIDs.count, gate: organizer, action: .deferred(.update) { context in
            try await logCount(context, services)
        }))
        routes.component(ComponentRoute(KeyLoggingIDs.someoneElse, gate: organizer, action: .opensModal { context in
            let runID = try RunComponentIDs.runID(context)
            return Modal(customID: KeyLoggingIDs.make(KeyLoggingIDs.someoneElseModal, runID), title: "Who popped the key?",
                         components: [RunModals.field("member", "User id, @mention or username", nil, maxLength: 100,
                                                      required: true)])
        }))
        routes.modal(ComponentRoute(KeyLoggingIDs.someoneElseModal, gate: organizer, action: .deferred(.update) { context in
            let panel = try await openPanel(context, store)
            let matches = try await lookUp(context.modalValues["member"] ?? "", services)
            switch matches.count {
            case 0:
                try await context.reply(KeyLoggingView.panel(panel, notice: "❌ No member found by that name. Use their id or @mention."))
            case 1:
                try await context.reply(KeyLoggingView.countPicker(panel, member: matches[0]))
            default:
                let choice = KeyLoggingStore.Panel(session: panel.session, status: panel.status, candidates: matches,
                                                   lines: panel.lines)
                try await context.reply(KeyLoggingView.panel(choice, notice: "Several members match; pick one."))
            }
        }))
        routes.component(ComponentRoute(KeyLoggingIDs.back, gate: organizer, action: .deferred(.update) { context in
            try await context.reply(KeyLoggingView.panel(try await openPanel(context, store)))
        }))
        routes.component(ComponentRoute(KeyLoggingIDs.cancel, gate: organizer, action: .deferred(.update) { context in
            let runID = try RunComponentIDs.runID(context)
            try await store.cancel(runID, now: services.now())
            guard let panel = try await store.panel(runID) else { throw KeyLoggingStore.closed }
            try await context.reply(KeyLoggingView.panel(panel))
        }))
    }

    static func logCount(_ context: InteractionContext, _ services: RunServices) async throws {
        let runID = try RunComponentIDs.runID(context)
        guard let rawMember = context.customID?.arguments.last.flatMap(UInt64.init),
              let count = context.selectedValues.first.flatMap(Int.init) else {
            throw RunComponentIDs.forged("key count select without a member or count")
        }
        let member = MemberID(rawMember)
        let panel = try await services.keyLogging.log(runID, member: member, username: nil, count: count,
                                                      by: MemberID(context.userID.rawValue), now: services.now())
        try await context.reply(KeyLoggingView.panel(panel, notice: "✅ Logged \(count) key(s) for <@\(member)>."))
        await context.audit(action: "run.keys_logged", subject: runID.description,
                            metadataJSON: "{\"user_id\":\"\(member)\",\"count\":\(count)}")
        if let record = try? await services.record(runID) {
            await services.raidLog(record, "🔑 Keys Logged: <@\(member)> × \(count)" + (panel.lines.last.map { " — \($0)" } ?? ""))
        }
    }

    /// "Someone else": an id, a mention or a name the bot has seen, else Discord's member search.
    /// An exact username, nickname or display name is the one; otherwise every prefix match (at
    /// most 25, a select's limit) is offered to pick from.
    static func lookUp(_ typed: String, _ services: RunServices) async throws -> [KeyLoggingStore.Candidate] {
        if let known = try await services.keyLogging.findMember(typed) { return [known] }
        let name = typed.trimmingSpaces()
        guard !name.isEmpty, let found = try? await services.rest.searchMembers(guildID: services.guildID, query: name,
                                                                               limit: KeyLoggingSession.maximumChoices)
        else { return [] }
        let matches = found.compactMap { member in
            member.user.map { user in
                (candidate: KeyLoggingStore.Candidate(member: MemberID(user.id.rawValue), name: user.displayName),
                 names: [user.username, user.globalName, member.nick].compactMap { $0?.lowercased() })
            }
        }
        if let exact = matches.first(where: { $0.names.contains(name.lowercased()) }) { return [exact.candidate] }
        return matches.map(\.candidate)
    }

    /// The run's open panel; a closed or missing one is refused in plain words.
    static func openPanel(_ context: InteractionContext, _ store: KeyLoggingStore) async throws -> KeyLoggingStore.Panel {
        guard let panel = try await store.panel(try RunComponentIDs.runID(context)), panel.isOpen else {
            throw KeyLoggingStore.closed
        }
        return panel
    }
}
