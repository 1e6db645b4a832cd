import DiscordModels

/// The default guild: a realistic raid community with staff roles below and above the bot.
extension SandboxGuild {
    /// Roles every test can count on, by name.
    static let seededRoleNames = [
        "Admin", "Raid Bot", "Security", "Head Raid Leader", "Raid Leader", "Almost Raid Leader",
        "Verified Raider", "Suspended",
    ]

    func seedDefaults() {
        users[bot.id] = bot
        roleTable[id] = SandboxRole(id: id, name: "@everyone", permissions: Self.everyonePermissions, position: 0)
        let admin = addRole(name: "Admin", permissions: .administrator, position: 20)
        let botRole = addRole(name: "Raid Bot", permissions: Self.botPermissions, position: 15)
        roleTable[botRole.id]?.managed = true
        let security = addRole(name: "Security", permissions: [.kickMembers, .banMembers, .moderateMembers, .manageMessages], position: 12)
        let headLeader = addRole(name: "Head Raid Leader", permissions: [.manageMessages, .moveMembers], position: 10)
        let leader = addRole(name: "Raid Leader", permissions: [.moveMembers], position: 8)
        addRole(name: "Almost Raid Leader", position: 6)
        let raider = addRole(name: "Verified Raider", position: 3)
        addRole(name: "Suspended", position: 2)
        memberTable[bot.id] = SandboxMember(user: bot, roleIDs: [botRole.id])
        let owner = addMember(username: "guild_owner", roles: [admin.id])
        ownerID = owner.id
        addMember(username: "security_sam", roles: [security.id, raider.id])
        addMember(username: "head_leader_hana", roles: [headLeader.id, raider.id])
        addMember(username: "leader_lee", roles: [leader.id, raider.id], nick: "Lee | RL")
        addMember(username: "raider_rin", roles: [raider.id], nick: "Rin")
        addMember(username: "raider_ray", roles: [raider.id])
        addMember(username: "newcomer_nia")
        seedChannels()
    }

    private func seedChannels() {
        let raiding = addChannel(name: "Raiding", kind: .category)
        addChannel(name: "raid-status", parentID: raiding.id)
        addChannel(name: "raid-commands", parentID: raiding.id)
        addChannel(name: "Raid 1", kind: .voice, parentID: raiding.id)
        let staff = addChannel(name: "Staff", kind: .category)
        addChannel(name: "staff-logs", parentID: staff.id)
        addChannel(name: "modmail", parentID: staff.id)
        addChannel(name: "verification")
        addChannel(name: "general")
    }

    static let everyonePermissions: Permissions = [
        .viewChannel, .sendMessages, .readMessageHistory, .useApplicationCommands, .addReactions,
        .connect, .speak, .changeNickname, .embedLinks, .sendMessagesInThreads,
    ]

    static let botPermissions: Permissions = [
        .viewChannel, .sendMessages, .embedLinks, .readMessageHistory, .manageMessages, .manageRoles,
        .manageNicknames, .kickMembers, .banMembers, .moderateMembers, .manageChannels, .manageThreads,
        .createPublicThreads, .createPrivateThreads, .sendMessagesInThreads, .moveMembers, .manageGuild,
    ]
}
