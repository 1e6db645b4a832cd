import DiscordREST
import FeatureKit
import RealmEye
import Testing
import TestSupport
@testable import BotKit
@testable import raidbot

/// Every command and button declares its own rate limit (§10.4); these are the presets the
/// assembled bot ends up with (BotKit no longer guesses them from names).
@Suite struct RateLimitDeclarationTests {
    @Test(arguments: [
        ("help", RateLimitPreset.commandInfo), ("ping", .commandInfo),
        ("setroles", .commandConfig), ("setchannels", .commandConfig), ("configrolepings", .commandConfig),
        ("run", .commandDefault), ("taken", .commandDefault), ("headcount", .commandDefault),
        ("party", .commandDefault), ("sendrolepingembed", .commandDefault),
        ("warn", .commandDefault), ("suspend", .commandDefault), ("find", .commandHeavy),
        ("logrun", .commandDefault), ("stats", .commandHeavy), ("leaderboard", .commandHeavy),
        ("modmail", .commandDefault), ("modmailreply", .commandDefault),
        ("configquota", .commandConfig), ("configpoints", .commandConfig), ("configverification", .commandConfig),
        ("createrole", .commandConfig),
    ])
    func commandsDeclareTheirPreset(name: String, preset: RateLimitPreset) {
        #expect(FeatureAssembly.catalog()[name]?.rateLimit == preset)
    }

    @Test func buttonsDeclareTheirBucketAndPreset() async throws {
        // A client of an address nothing listens on: no test here looks a player up.
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let harness = try FeatureHarness(features: { environment in
            FeatureAssembly.features(environment, realmEye: RealmEyeClient(
                base: "http://127.0.0.1:9", transport: transport, clock: environment.clock, logger: environment.logger))
        })
        let limits = Dictionary(harness.features.routes.components.values.compactMap(\.rateLimit).map {
            ($0.identifier, $0.preset.name)
        }, uniquingKeysWith: { first, second in
            #expect(first == second, "one bucket, two presets")
            return first
        })
        #expect(limits == [
            "run:participation": "BUTTON_RUN_PARTICIPATION", "run:key:reaction": "BUTTON_KEY_REACTION",
            "run:key:headcount": "BUTTON_KEY_REACTION", "run:keypop": "BUTTON_KEY_POPPED",
            "run:organizer": "BUTTON_ORGANIZER_PANEL", "headcount:organizer": "BUTTON_ORGANIZER_PANEL",
            "party:close": "BUTTON_DEFAULT", "party:extend": "BUTTON_DEFAULT",
            "roleping:toggle": "BUTTON_DEFAULT", "roleping:bulk": "BUTTON_DEFAULT",
            "find:page": "BUTTON_DEFAULT", "lb:page": "BUTTON_DEFAULT", "modmail:action": "BUTTON_MODMAIL",
            "quota_config_panel": "BUTTON_CONFIG_PANEL", "points_config_panel": "BUTTON_CONFIG_PANEL",
            "verification:action": "BUTTON_VERIFICATION", "customrole:start": "BUTTON_VERIFICATION",
        ])
        await harness.stop()
    }
}
