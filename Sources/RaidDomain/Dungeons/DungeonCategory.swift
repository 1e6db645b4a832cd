/// The seven dungeon groups of the incumbent's table (§10.8); the raw value is the label it shows.
public enum DungeonCategory: String, CaseIterable, Sendable {
    /// Endgame dungeons; their organizer quota uses the role's exalt base points (§5.3).
    case exaltation = "Exaltation Dungeons"
    /// Godland dungeons.
    case godland = "Godland Dungeons"
    /// Event dungeons.
    case event = "Event Dungeons"
    /// Epic dungeons.
    case epic = "Epic Dungeons"
    /// Mini dungeons.
    case mini = "Mini Dungeons"
    /// Heroic dungeons.
    case heroic = "Heroic Dungeons"
    /// Basic dungeons.
    case basic = "Basic Dungeons"

    /// "Exalt" means the category label contains "exalt", as the incumbent decides it.
    public var isExalt: Bool { rawValue.lowercased().contains("exalt") }
}
