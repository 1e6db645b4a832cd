@testable import Storage
import Testing

@Suite("Checksums and timestamps")
struct PrimitiveTests {
    @Test("SHA-256 matches the FIPS 180-4 test vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1_000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256Vectors(_ input: String, _ expected: String) {
        #expect(SHA256.hexDigest(input.utf8) == expected)
    }

    @Test("UTC timestamps are formatted by hand, sortable and exact", arguments: [
        (Int64(0), "19700101T000000Z"),
        (Int64(1_796_004_900_000), "20261130T021500Z"),
        (Int64(951_868_799_000), "20000229T235959Z"),
        (Int64(-1_000), "19691231T235959Z"),
    ])
    func compactUTC(_ milliseconds: Int64, _ expected: String) {
        #expect(UnixTime.compactUTC(milliseconds) == expected)
    }

    @Test("milliseconds are logged with three decimals")
    func durationFormatting() {
        #expect(StatementTracer.milliseconds(123_456_789) == "123.456")
        #expect(StatementTracer.milliseconds(1_002_000) == "1.002")
    }
}
