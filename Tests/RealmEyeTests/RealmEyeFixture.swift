#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The hand-written RealmEye pages in `Fixtures/`, read from beside this file (inside the repository).
enum RealmEyeFixture: String, CaseIterable {
    case profile = "profile"
    case hiddenFields = "profile-hidden-fields"
    case privateProfile = "private"
    case notFound = "not-found"
    case layoutChanged = "layout-changed"
    case descriptionMoved = "description-moved"

    /// The page's bytes.
    var data: Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        // A missing fixture is a broken checkout: fail the test run loudly.
        return try! Data(contentsOf: folder.appendingPathComponent(rawValue + ".html"))
    }

    /// The page as text (for the RealmEye stand-in).
    var html: String { String(decoding: data, as: UTF8.self) }
}
