/// A run about to be created from `/run` (§1.1, §3.2), validated before anything is written.
public struct RunDraft: Hashable, Sendable {
    /// The organizer.
    public let organizer: MemberID
    /// The dungeon.
    public let dungeon: Dungeon
    /// Party, if given.
    public let party: String?
    /// Location, if given.
    public let location: String?
    /// The organizer's note, if given.
    public let description: String?
    /// Minutes until auto-end.
    public let autoEndMinutes: Int

    /// Validates `/run`'s options: a known dungeon code, party and location up to 100 characters,
    /// a note up to 1024, auto-end 1...1440 minutes (default 120).
    public static func make(organizer: MemberID, dungeonCode: String, party: String? = nil, location: String? = nil,
                            description: String? = nil, autoEndMinutes: Int? = nil) -> Result<RunDraft, RunRuleViolation> {
        guard let dungeon = Dungeon.named(DungeonCode(dungeonCode.trimmingSpaces())) else {
            return .failure(.unknownDungeon(dungeonCode))
        }
        do throws(InputProblem) {
            return .success(RunDraft(
                organizer: organizer, dungeon: dungeon,
                party: try RunLimits.optionalText(party, limit: RunLimits.partyLocationLength, field: "Party").get(),
                location: try RunLimits.optionalText(location, limit: RunLimits.partyLocationLength, field: "Location").get(),
                description: try RunLimits.optionalText(description, limit: RunLimits.descriptionLength, field: "The note").get(),
                autoEndMinutes: try RunLimits.autoEnd(minutes: autoEndMinutes).get()))
        } catch {
            return .failure(.invalidInput(error))
        }
    }

    /// The new run once the store has assigned its id: open, not locked, no key pops.
    public func run(id: RunID, createdAt: Timestamp) -> RunState {
        RunState(id: id, organizer: organizer, dungeon: dungeon, createdAt: createdAt, autoEndMinutes: autoEndMinutes,
                 description: description, party: party, location: location)
    }

    /// What to post to the early-location channel on creation: "Location Set" whenever party or
    /// location was given, as the incumbent does.
    public var earlyLocNotice: EarlyLocNotice? {
        guard party != nil || location != nil else { return nil }
        return EarlyLocNotice(isInitialSet: true, party: party, location: location)
    }

    /// The temporary run role's name: "<organizer username>'s <dungeon name>" (§3.13), cut to
    /// Discord's 100-character role-name limit.
    public func runRoleName(organizerUsername: String) -> String {
        String("\(organizerUsername)'s \(dungeon.name)".prefix(100))
    }
}
