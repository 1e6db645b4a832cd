import RaidDomain

/// Dungeon codes inside custom_ids: a few codes hold spaces (`MOONLIGHT VILLAGE`), which ids cannot
/// carry; no code holds "-", so writing "-" for a space is reversible.
extension DungeonCode {
    /// The code as a custom_id token.
    public var customIDToken: String { rawValue.replacing(" ", with: "-") }

    /// The code a `customIDToken` stands for.
    public init(customIDToken token: String) { self.init(token.replacing("-", with: " ")) }
}
