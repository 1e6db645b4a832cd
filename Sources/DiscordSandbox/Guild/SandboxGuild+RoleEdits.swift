import DiscordModels

/// Role changes a test makes by hand, as an admin dragging roles in the client would.
extension SandboxGuild {
    /// Replaces a role's state (position, permissions, name) directly.
    public func update(_ role: SandboxRole) {
        roleTable[role.id] = role
    }
}
