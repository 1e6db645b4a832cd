import RaidDomain

/// The nickname a verified raider gets: `Main | Alt` with the old nickname's leading symbols kept
/// (`Nickname.compose`, §6.5), fitted into Discord's 32 characters. Two 16-character names with
/// their separator take 35, so the prefix goes first and then the alt; the main IGN always stays.
enum NicknamePlan {
    /// Discord's nickname limit.
    static let limit = 32

    /// The nickname for `main` and `alt`, keeping `old`'s prefix when it fits.
    static func nickname(main: IGN, alt: IGN?, keepingPrefixOf old: String?) -> String {
        let candidates = [
            Nickname.compose(main: main, alt: alt, keepingPrefixOf: old),
            Nickname.compose(main: main, alt: alt),
            Nickname.compose(main: main, keepingPrefixOf: old),
        ]
        return candidates.first { $0.count <= limit } ?? main.value
    }
}
