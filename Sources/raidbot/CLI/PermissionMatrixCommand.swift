import ArgumentParser
import FeatureKit
import ModerationFeature
import ModmailFeature

/// `raidbot permission-matrix`: prints `docs/permission-matrix.md`, generated from the moderation
/// and modmail policy tables the tests check, so the document is regenerated rather than edited by hand.
struct PermissionMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permission-matrix",
        abstract: "Print the permission matrix of moderation and modmail (docs/permission-matrix.md) generated from the code.")

    /// Every feature's section, in the order of the document.
    static let sections = [ModerationPolicy.section, ModmailPolicy.section]

    /// The whole document.
    static func document() -> String { PermissionMatrix.markdown(sections) }

    func run() {
        print(Self.document(), terminator: "")
    }
}
