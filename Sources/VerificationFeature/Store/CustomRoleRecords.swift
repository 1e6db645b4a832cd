import DiscordModels

/// One `/createrole` configuration (`custom_role_verification`, §7.7): the stored settings, read
/// through as if they were its own fields (`config.roleID`), with the row id and the panel.
@dynamicMemberLookup
struct CustomRoleConfig: Hashable, Sendable {
    /// The row id, carried by the panel's button.
    let id: Int64
    /// What `/createrole` stored.
    let settings: CustomRoleSettings
    /// The panel message, once posted.
    let panelMessageID: Snowflake?

    subscript<Value>(dynamicMember field: KeyPath<CustomRoleSettings, Value>) -> Value { settings[keyPath: field] }
}

/// What `/createrole` stores: the options, validated.
struct CustomRoleSettings: Hashable, Sendable {
    /// The role granted on approval.
    let roleID: Snowflake
    /// Where the panel is.
    let roleChannelID: Snowflake
    /// Where tickets go.
    let verificationChannelID: Snowflake
    /// What a screenshot must show (the panel's requirements).
    let instructions: String
    /// The role's description, if given.
    let roleDescription: String?
    /// The example screenshot, if given.
    let exampleImage: String?
}

/// A member's custom-role session (`custom_role_verification_session`).
struct CustomRoleSession: Hashable, Sendable {
    /// The schema's statuses.
    enum Status: String, Sendable {
        case pendingScreenshot = "pending_screenshot", pendingReview = "pending_review"
        case approved, denied, cancelled, expired
    }

    let id: Int64
    let configID: Int64
    let userID: Snowflake
    var status: Status
    let screenshotURL: String?
    let ticketMessageID: Snowflake?
    let reviewerID: Snowflake?
    let denialReason: String?
    let expiresAt: Int64
    /// The status the ticket was last drawn for.
    let ticketShown: String?
    /// The status the member was last told about.
    let memberTold: String?

    /// Waiting for the member or for staff, before its deadline.
    func isActive(now: Int64) -> Bool {
        (status == .pendingScreenshot || status == .pendingReview) && expiresAt > now
    }

    /// In review, but past its 7 days (the expiry task has not run yet).
    func lapsedInReview(now: Int64) -> Bool { status == .pendingReview && expiresAt <= now }
}

/// What pressing a panel's button did to the member's sessions.
enum CustomRoleStart: Hashable, Sendable {
    /// A session waits for the screenshot.
    case started(sessionID: Int64)
    /// The member has another role's session running.
    case otherSessionActive
    /// This role's session is with staff.
    case inReview
}
