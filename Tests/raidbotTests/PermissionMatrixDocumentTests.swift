import FeatureKit
import Foundation
import Testing
@testable import raidbot

/// The committed `docs/permission-matrix.md` is what `raidbot permission-matrix` prints: every
/// feature's section, whole. The cells themselves are checked against the code in each feature's tests.
@Suite("Permission matrix document")
struct PermissionMatrixDocumentTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("docs/permission-matrix.md is the generated matrix (regenerate: raidbot permission-matrix > docs/permission-matrix.md)")
    func committedDocumentIsGenerated() throws {
        let committed = try String(contentsOf: Self.repository.appendingPathComponent("docs/permission-matrix.md"),
                                   encoding: .utf8)
        #expect(committed == PermissionMatrixCommand.document())
    }

    @Test("the document has moderation and modmail, with every command of both and the Close button")
    func bothSections() {
        let document = PermissionMatrixCommand.document()
        #expect(PermissionMatrixCommand.sections.map(\.title) == ["Moderation", "Modmail"])
        for rule in PermissionMatrixCommand.sections.flatMap(\.rules) {
            #expect(document.contains("### \(rule.heading)\n"), "\(rule.heading)")
        }
        for heading in ["/modmailreply", "/modmailblacklist", "/modmailunblacklist", "/modmail", "Close button (modmail ticket)"] {
            #expect(document.contains("### \(heading)\n"), "\(heading)")
        }
    }
}
