import Foundation
import Testing

/// scripts/release.sh refuses a binary that still needs a shared library other than glibc,
/// libsqlite3, libcurl, libz and libxml2. The release build itself is too slow for the suite; this
/// checks the allow-list it applies (scripts/shared-libraries.sh).
@Suite("The release script's shared-library allow-list")
struct ReleaseScriptTests {
    static let script = ServiceUnitTests.repository.appendingPathComponent("scripts/shared-libraries.sh").path

    /// The names `disallowed_libraries` prints for `names` on its standard input.
    static func disallowed(_ names: [String]) throws -> [String] {
        let (status, output) = try ServiceUnitTests.run("/bin/bash", [
            "-c", "source \"$1\" && printf '%s\\n' \"${@:2}\" | disallowed_libraries", "bash", script,
        ] + names)
        #expect(status == 0, "\(output)")
        return output.split(separator: "\n").map(String.init)
    }

    @Test("glibc, libsqlite3, libcurl, libz and libxml2 may remain")
    func allowedLibrariesPass() throws {
        #expect(try Self.disallowed([
            "libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1", "ld-linux-aarch64.so.1",
            "libsqlite3.so.0", "libcurl.so.4", "libz.so.1", "libxml2.so.2",
        ]) == [])
    }

    @Test("anything else is named", arguments: [
        "libstdc++.so.6", "libgcc_s.so.1", "libFoundation.so", "libswiftCore.so", "libicuuc.so.72", "libcurl-gnutls.so.4",
        "libsqlite3x.so.0",
    ])
    func otherLibrariesAreNamed(_ name: String) throws {
        #expect(try Self.disallowed(["libc.so.6", name, "libz.so.1"]) == [name])
    }
}
