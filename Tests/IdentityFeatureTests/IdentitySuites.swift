import Testing

/// Every identity suite, one test at a time: each test starts a Discord stand-in (one holds 5,000
/// members), and the whole suite shares two cores with timing-sensitive tests.
@Suite("Identity", .serialized) struct IdentitySuites {}
