import DiscordModels

/// Member, role and ban changes REST calls make, with Discord's permission hierarchy enforced:
/// the bot acts only on roles and members strictly below its highest role, never on the owner.
extension SandboxGuild {
    /// Adds a role to a member (403 50013 if the role is not below the bot's highest role).
    func grantRole(_ roleID: Snowflake, to memberID: Snowflake) throws -> SandboxMember {
        try requireBotPermission(.manageRoles)
        guard var member = memberTable[memberID] else { throw DiscordFailure.unknownMember }
        let role = try botCanAssign(roleID)
        if !member.roleIDs.contains(role.id) { member.roleIDs.append(role.id) }
        memberTable[memberID] = member
        return member
    }

    /// Removes a role from a member.
    func revokeRole(_ roleID: Snowflake, from memberID: Snowflake) throws -> SandboxMember {
        try requireBotPermission(.manageRoles)
        guard var member = memberTable[memberID] else { throw DiscordFailure.unknownMember }
        _ = try botCanAssign(roleID)
        member.roleIDs.removeAll { $0 == roleID }
        memberTable[memberID] = member
        return member
    }

    /// Applies `PATCH /guilds/{id}/members/{user}`: nick, roles (whole set), timeout.
    func modifyMember(_ memberID: Snowflake, fields: [String: JSONValue]) throws -> SandboxMember {
        guard var member = memberTable[memberID] else { throw DiscordFailure.unknownMember }
        if memberID != bot.id { try requireBotOutranks(memberID) }
        if let nick = fields["nick"] {
            try requireBotPermission(memberID == bot.id ? .changeNickname : .manageNicknames)
            if let text = nick.asString, text.count > 32 { throw DiscordFailure.invalidForm([MessageLimitCheck.tooLong(["nick"], 32)]) }
            member.nick = nick.asString.flatMap { $0.isEmpty ? nil : $0 }
        }
        if let roles = fields["roles"]?.asArray {
            try requireBotPermission(.manageRoles)
            let wanted = roles.compactMap(\.asSnowflake)
            for changed in Set(wanted).symmetricDifference(member.roleIDs) { _ = try botCanAssign(changed) }
            member.roleIDs = wanted
        }
        if let until = fields["communication_disabled_until"] {
            try requireBotPermission(.moderateMembers)
            if permissions(of: memberID).contains(.administrator) { throw DiscordFailure.missingPermissions }
            member.communicationDisabledUntil = until.asString
        }
        memberTable[memberID] = member
        return member
    }

    /// Kicks a member.
    func kick(_ memberID: Snowflake) throws {
        guard memberTable[memberID] != nil else { throw DiscordFailure.unknownMember }
        try requireBotPermission(.kickMembers)
        try requireBotOutranks(memberID)
        memberTable[memberID] = nil
    }

    /// Bans a user (member or not) and removes their membership.
    func ban(_ userID: Snowflake, reason: String?) throws {
        try requireBotPermission(.banMembers)
        if memberTable[userID] != nil { try requireBotOutranks(userID) }
        banTable[userID] = .some(reason)
        memberTable[userID] = nil
    }

    /// Lifts a ban.
    func unban(_ userID: Snowflake) throws {
        try requireBotPermission(.banMembers)
        guard banTable.removeValue(forKey: userID) != nil else { throw DiscordFailure.unknownBan }
    }

    /// Creates a role just above @everyone (Discord's default), returns it.
    func createRole(fields: [String: JSONValue]) throws -> SandboxRole {
        try requireBotPermission(.manageRoles)
        var role = addRole(name: fields["name"]?.asString ?? "new role", position: 1)
        applyRoleFields(fields, to: &role)
        roleTable[role.id] = role
        return role
    }

    /// Edits a role below the bot's highest role.
    func editRole(_ roleID: Snowflake, fields: [String: JSONValue]) throws -> SandboxRole {
        try requireBotPermission(.manageRoles)
        var role = try botCanAssign(roleID)
        applyRoleFields(fields, to: &role)
        roleTable[roleID] = role
        return role
    }

    /// Deletes a role below the bot's highest role and strips it from members.
    func deleteRole(_ roleID: Snowflake) throws {
        try requireBotPermission(.manageRoles)
        _ = try botCanAssign(roleID)
        roleTable[roleID] = nil
        for key in memberTable.keys { memberTable[key]?.roleIDs.removeAll { $0 == roleID } }
    }

    private func applyRoleFields(_ fields: [String: JSONValue], to role: inout SandboxRole) {
        if let name = fields["name"]?.asString { role.name = name }
        if let text = fields["permissions"]?.asString, let bits = UInt64(text) { role.permissions = Permissions(rawValue: bits) }
        if let color = fields["color"]?.asInt { role.color = color }
        if let hoist = fields["hoist"]?.asBool { role.hoist = hoist }
        if let mentionable = fields["mentionable"]?.asBool { role.mentionable = mentionable }
    }

    private func botCanAssign(_ roleID: Snowflake) throws -> SandboxRole {
        guard let role = roleTable[roleID], roleID != id else { throw DiscordFailure.unknownRole }
        guard role.position < highestRolePosition(of: bot.id), !role.managed else { throw DiscordFailure.missingPermissions }
        return role
    }

    private func requireBotOutranks(_ memberID: Snowflake) throws {
        guard memberID != ownerID, highestRolePosition(of: memberID) < highestRolePosition(of: bot.id) else {
            throw DiscordFailure.missingPermissions
        }
    }

    private func requireBotPermission(_ permission: Permissions) throws {
        guard permissions(of: bot.id).isSuperset(of: permission) else { throw DiscordFailure.missingPermissions }
    }
}
