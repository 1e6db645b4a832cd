import BotKit
import FeatureKit
import RealmEye

/// Self-service verification (§7): the Get Verified panel and `/configverification`, sessions, the
/// RealmEye method in DMs (IGN through the DM conversation layer, the code, Done and Cancel), the
/// manual screenshot method (IGN, screenshot, a ticket), the
/// guild's requirements with manual review (Approve with the IGN confirmed, Deny with a reason) for
/// who fails one, custom role verification (`/createrole`, its panels, screenshot and review), the
/// per-member veri_log threads, and the Expired Verification Sessions task.
public struct VerificationFeature: Feature {
    private let services: VerificationServices

    /// The feature over the bot's environment, reading profiles through `realmEye`.
    public init(_ environment: FeatureEnvironment, realmEye: RealmEyeClient) {
        let services = VerificationServices(environment, realmEye: realmEye)
        self.services = services
        environment.conversations.register(kind: VerificationServices.conversationKind) { message, conversation in
            if conversation.step == ScreenshotConversation.step {
                try await ScreenshotConversation.receive(message, services)
            } else {
                try await IGNConversation.receive(message, conversation, services)
            }
        }
        environment.conversations.register(kind: CustomRoleScreenshotConversation.kind) { message, conversation in
            try await CustomRoleScreenshotConversation.receive(message, conversation, services)
        }
        environment.outbox.register(panel: CustomRoleSessionStore.ticketKind) { try await CustomRoleTicketSync.deliver($0, services) }
        environment.outbox.register(panel: VerificationLogStore.panelKind) { try await VerificationLogPoster.deliver($0, services) }
    }

    /// `/configverification` and `/createrole`.
    public static var declarations: [CommandDeclaration] { [ConfigVerificationCommand.declaration, CreateRoleCommand.declaration] }

    /// Routes the command, the panel's button and the DM buttons.
    public func register(into routes: inout InteractionRoutes) {
        let services = services
        routes.command("configverification") { try await ConfigVerificationCommand.handle($0, services) }
        routes.component(ComponentRoute(VerificationIDs.getVerified, rateLimit: VerificationIDs.rateLimit,
                                        action: .deferred(.ephemeralReply) { try await GetVerifiedButton.press($0, services) }))
        // The incumbent's Get Verified panels, still in the channels after `raidbot import-postgres`.
        routes.incumbentAlias(IncumbentAlias("verification", "get_verified", as: VerificationIDs.getVerified))
        routes.component(ComponentRoute(VerificationIDs.realmEye, rateLimit: VerificationIDs.rateLimit, lock: VerificationIDs.memberLock,
                                        action: .deferred(.update) { try await RealmEyeButtons.choose(IGNConversation.step, $0, services) }))
        routes.component(ComponentRoute(VerificationIDs.manual, rateLimit: VerificationIDs.rateLimit, lock: VerificationIDs.memberLock,
                                        action: .deferred(.update) { try await RealmEyeButtons.choose(IGNConversation.manualStep, $0, services) }))
        routes.component(ComponentRoute(VerificationIDs.done, rateLimit: VerificationIDs.rateLimit, lock: VerificationIDs.memberLock,
                                        action: .deferred(.ephemeralReply) { try await DoneButton.press($0, services) }))
        routes.component(ComponentRoute(VerificationIDs.cancel, rateLimit: VerificationIDs.rateLimit, lock: VerificationIDs.memberLock,
                                        action: .deferred(.update) { try await RealmEyeButtons.cancel($0, services) }))
        registerReview(into: &routes)
        registerCustomRoles(into: &routes)
    }

    /// `/createrole`, the role panels' button, and Approve and Deny on their tickets.
    private func registerCustomRoles(into routes: inout InteractionRoutes) {
        let services = services
        routes.command("createrole") { try await CreateRoleCommand.handle($0, services) }
        routes.component(ComponentRoute(CustomRoleIDs.getVerified, rateLimit: CustomRoleIDs.startRateLimit,
                                        action: .deferred(.ephemeralReply) { try await CustomRolePanelButton.press($0, services) }))
        // The incumbent's custom-role panels (docs/import.md, "Panels"): imported configuration ids are kept.
        routes.incumbentAlias(IncumbentAlias("customrole", "get_verified", [.same(.snowflake)], as: CustomRoleIDs.getVerified))
        routes.component(ComponentRoute(CustomRoleIDs.approve, gate: .rank(.security), rateLimit: VerificationIDs.rateLimit,
                                        lock: CustomRoleIDs.reviewLock,
                                        action: .deferred(.ephemeralReply) { try await CustomRoleReviewButtons.approve($0, services) }))
        routes.component(ComponentRoute(CustomRoleIDs.deny, gate: .rank(.security), rateLimit: VerificationIDs.rateLimit,
                                        action: .opensModal { try await CustomRoleReviewButtons.denyModal($0, services) }))
        routes.modal(ComponentRoute(CustomRoleIDs.denyModal, gate: .rank(.security), lock: CustomRoleIDs.reviewLock,
                                    action: .deferred(.ephemeralReply) { try await CustomRoleReviewButtons.deny($0, services) }))
    }

    /// Approve and Deny on review tickets, and their modals (security and above).
    private func registerReview(into routes: inout InteractionRoutes) {
        let services = services
        routes.component(ComponentRoute(VerificationIDs.approve, gate: .rank(.security), rateLimit: VerificationIDs.rateLimit,
                                        action: .opensModal { try await ReviewButtons.approveModal($0, services) }))
        routes.component(ComponentRoute(VerificationIDs.deny, gate: .rank(.security), rateLimit: VerificationIDs.rateLimit,
                                        action: .opensModal { try await ReviewButtons.denyModal($0, services) }))
        routes.modal(ComponentRoute(VerificationIDs.approveModal, gate: .rank(.security), lock: VerificationIDs.reviewLock,
                                    action: .deferred(.update) { try await ReviewButtons.approve($0, services) }))
        routes.modal(ComponentRoute(VerificationIDs.denyModal, gate: .rank(.security), lock: VerificationIDs.reviewLock,
                                    action: .deferred(.update) { try await ReviewButtons.deny($0, services) }))
    }

    /// The expiry task.
    public var tasks: [ScheduledTask] {
        [ExpiredSessionsTask.task(store: services.sessions, log: services.verificationLog, outbox: services.environment.outbox,
                                 clock: services.environment.clock, logger: services.logger)]
    }
}
