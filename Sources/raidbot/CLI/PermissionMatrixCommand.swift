import ArgumentParser
import ModerationFeature

/// `raidbot permission-matrix`: prints `docs/permission-matrix.md`, generated from the moderation
/// policy table the tests check, so the document is regenerated rather than edited by hand.
struct PermissionMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permission-matrix",
        abstract: "Print the moderation permission matrix (docs/permission-matrix.md) generated from the code.")

    func run() {
        print(PermissionMatrix.markdown(), terminator: "")
    }
}
