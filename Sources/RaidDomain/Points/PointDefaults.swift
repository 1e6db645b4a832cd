/// The raider-facing point values per dungeon and their defaults (§5.4). Only values that differ
/// from the default are stored, so "setting 1" (or 5) deletes the row.
public enum PointDefaults {
    /// Raider completion points when a dungeon has no configured value.
    public static let raiderCompletion = Points(1)
    /// Key-pop points when a dungeon has no configured value.
    public static let keyPop = Points(5)

    /// The completion points a raider earns for a dungeon; a configured zero disables awarding.
    public static func raiderCompletion(configured: Points?) -> Points { configured ?? raiderCompletion }

    /// The points a key popper earns per key for a dungeon; a configured zero disables awarding.
    public static func keyPop(configured: Points?) -> Points { configured ?? keyPop }

    /// What to store for a chosen raider completion value: nil (delete the row) for the default.
    public static func storedRaiderCompletion(_ chosen: Points) -> Points? {
        chosen == raiderCompletion ? nil : chosen
    }

    /// What to store for a chosen key-pop value: nil (delete the row) for the default.
    public static func storedKeyPop(_ chosen: Points) -> Points? { chosen == keyPop ? nil : chosen }
}
