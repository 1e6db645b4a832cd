import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// Pings, the early-location channel and key-reactor DMs (§3.7, §3.11). Best effort: a failed
/// ping or DM is logged and never undoes the change that caused it.
enum RunNotices {
    /// Posts a ping in the raid channel, replacing the run's previous ping. `{role}` in `text`
    /// becomes the run role; with `withDungeonRole` the dungeon's ping role (§8.5) is pinged too.
    static func ping(_ record: RunRecord, _ text: String, withDungeonRole: Bool = false, services: RunServices) async {
        guard let channel = record.channelID else { return }
        if let previous = record.pingMessageID {
            try? await services.rest.deleteMessage(channelID: Snowflake(channel), messageID: Snowflake(previous))
        }
        let dungeonRole = withDungeonRole ? await services.pingRole(record.state.dungeon) : nil
        let roles = [dungeonRole, record.roleID.map(Snowflake.init(rawValue:))].compactMap { $0 }
        let role = roles.map { " <@&\($0)>" }.joined()
        let jump = record.postMessageID.map {
            "\n[Jump to Raid Panel](https://discord.com/channels/\(services.guildID)/\(channel)/\($0))"
        } ?? ""
        do {
            let message = try await services.rest.createMessage(channelID: Snowflake(channel), MessageCreate(
                content: text.replacingRoleMarker(with: role) + partyLine(record.state) + "\n**\(record.state.dungeon.name)**" + jump,
                allowedMentions: AllowedMentions(parse: ["everyone"], roles: roles.isEmpty ? nil : roles)))
            try await services.store.attachPing(record.id, messageID: message.id.rawValue)
        } catch {
            services.logger.warning("run ping failed", metadata: ["run.id": "\(record.id)", "error": "\(error)"])
        }
    }

    static func partyLine(_ run: RunState) -> String {
        let parts = [run.party.map { "Party: **\($0)**" }, run.location.map { "Location: **\($0)**" },
                     run.chainProgress.map { $0.description }].compactMap { $0 }
        return parts.isEmpty ? "" : "\n" + parts.joined(separator: " | ")
    }

    /// "🟢 Location Set" / "🟡 Location Updated" in the early-location channel.
    static func announce(_ notice: EarlyLocNotice, _ run: RunState, services: RunServices) async {
        let embed = Embed(title: notice.title, description: """
            **Organizer:** <@\(run.organizer)>
            **Dungeon:** \(run.dungeon.name)
            **Party:** \(notice.party ?? "N/A")
            **Location:** \(notice.location ?? "N/A")
            """, color: Int(notice.colour))
        let role = await services.pingRole(run.dungeon)
        await LogChannels(services.environment).post(embed, to: .earlyLocation, content: role.map { "<@&\($0)>" },
                                                     allowedMentions: AllowedMentions(roles: role.map { [$0] }))
    }

    /// DMs party and location to `members` who have not been told this pair yet.
    static func tellKeyReactors(_ members: [MemberID], _ run: RunState, services: RunServices) async {
        guard let party = run.party, let location = run.location, !members.isEmpty else { return }
        let due = (try? await services.store.claimKeyReactorNotices(run.id, members: members, party: party,
                                                                     location: location, now: services.now())) ?? []
        for (member, isUpdate) in due {
            do {
                let channel = try await services.rest.openDM(recipientID: Snowflake(member.rawValue))
                _ = try await services.rest.createMessage(channelID: channel.id, MessageCreate(embeds: [Embed(
                    title: isUpdate ? "📍 Location Update" : "🔑 Key/Rune Confirmation Needed", description: """
                        **Dungeon:** \(run.dungeon.name)
                        **Party:** \(party)
                        **Location:** \(location)
                        **Organizer:** <@\(run.organizer)>
                        **Action Required:** head to the location and confirm your key with the organizer.
                        """)]))
            } catch {
                services.logger.notice("key reactor DM failed", metadata: ["user.id": "\(member)", "error": "\(error)"])
            }
        }
    }
}

extension String {
    /// Puts the run role mention where `{role}` stands.
    func replacingRoleMarker(with role: String) -> String {
        replacing("{role}", with: role)
    }
}
