internal import CLibXML2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads a RealmEye player page (HTTP 200) into an outcome: the profile, not found, private, or a
/// layout we do not recognise, which fails loudly instead of letting anyone verify against it.
public enum RealmEyePageParser {
    /// Why pages cannot be read on this host (libxml2, opened on first use, failed to load), or nil.
    /// `raidbot check` reports it, so a missing package shows before the first verification does.
    public static var parserProblem: String? { HTMLDocument.parserUnavailableReason }

    /// The outcome `page` shows.
    public static func parse(_ page: Data) -> RealmEyeOutcome {
        if let reason = parserProblem { return .unavailable(.parserMissing(reason)) }
        guard let document = HTMLDocument(page) else { return .unavailable(.layoutChanged("the page is empty")) }
        if document.exists(RealmEyeSelectors.privateNotice) { return .private }
        if document.exists(RealmEyeSelectors.notFoundBlock) { return .notFound }
        return profile(in: document)
    }

    /// The profile, or `.layoutChanged` naming the first part of the page missing.
    private static func profile(in document: HTMLDocument) -> RealmEyeOutcome {
        guard let name = document.firstText(RealmEyeSelectors.name), !name.isEmpty else {
            return .unavailable(.layoutChanged("no player name"))
        }
        guard let table = document.nodes(RealmEyeSelectors.summaryTable).first else {
            return .unavailable(.layoutChanged("no summary table"))
        }
        guard let description = document.nodes(RealmEyeSelectors.description).first else {
            return .unavailable(.layoutChanged("no description"))
        }
        let summary = SummaryTable(document: document, table: table)
        guard summary.hasAnyKnownRow else { return .unavailable(.layoutChanged("no known summary rows")) }
        let lines = document.texts(RealmEyeSelectors.descriptionLines, in: description).filter { !$0.isEmpty }
        return .found(RealmEyeProfile(
            name: name, descriptionLines: lines, characters: summary.number(RealmEyeSelectors.Label.characters),
            fame: summary.number(RealmEyeSelectors.Label.fame), stars: summary.stars,
            accountFame: summary.number(RealmEyeSelectors.Label.accountFame),
            guild: summary.text(RealmEyeSelectors.Label.guild), guildRank: summary.text(RealmEyeSelectors.Label.guildRank),
            created: summary.field(RealmEyeSelectors.Label.created, or: RealmEyeSelectors.Label.firstSeen),
            lastSeen: summary.field(RealmEyeSelectors.Label.lastSeen)))
    }
}

/// The summary table's rows by lower-cased label.
private struct SummaryTable {
    let document: HTMLDocument
    let cells: [String: xmlNodePtr]

    init(document: HTMLDocument, table: xmlNodePtr) {
        self.document = document
        var cells: [String: xmlNodePtr] = [:]
        for row in document.nodes(RealmEyeSelectors.summaryRows, in: table) {
            guard let label = document.firstText(RealmEyeSelectors.rowLabel, in: row),
                  let value = document.nodes(RealmEyeSelectors.rowValue, in: row).first else { continue }
            cells[label.lowercased()] = cells[label.lowercased()] ?? value
        }
        self.cells = cells
    }

    /// Whether the table has at least one of the rows every profile shows.
    var hasAnyKnownRow: Bool {
        [RealmEyeSelectors.Label.characters, RealmEyeSelectors.Label.fame, RealmEyeSelectors.Label.rank]
            .contains { cells[$0] != nil }
    }

    /// The cell's text, nil when the row is absent or empty.
    func text(_ label: String) -> String? {
        guard let cell = cells[label] else { return nil }
        let value = document.text(of: cell)
        return value.isEmpty ? nil : value
    }

    /// The cell's leading number ("1,234 (56th)" → 1234), preferring RealmEye's numeric span.
    func number(_ label: String) -> Int? {
        guard let cell = cells[label] else { return nil }
        return Self.leadingNumber(document.firstText(RealmEyeSelectors.numeric, in: cell) ?? document.text(of: cell))
    }

    /// The stars in the Rank cell (the star container's number).
    var stars: Int? {
        guard let cell = cells[RealmEyeSelectors.Label.rank] else { return nil }
        return Self.leadingNumber(document.firstText(RealmEyeSelectors.starContainer, in: cell) ?? document.text(of: cell))
    }

    /// A field that may be hidden: `label`'s row, else `fallback`'s.
    func field(_ label: String, or fallback: String? = nil) -> RealmEyeProfile.Field {
        guard let value = text(label) ?? fallback.flatMap({ text($0) }) else { return .absent }
        return value.lowercased() == RealmEyeSelectors.hiddenValue ? .hidden : .shown(value)
    }

    /// The digits at the start of `text`, thousands separators skipped; nil when it starts otherwise.
    static func leadingNumber(_ text: String) -> Int? {
        var digits = ""
        for character in text {
            if character.isASCII, character.isNumber { digits.append(character) }
            else if character == "," && !digits.isEmpty { continue }
            else { break }
        }
        return Int(digits)
    }
}
