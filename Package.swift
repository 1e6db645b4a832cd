// swift-tools-version:6.1
// The module graph is the architecture (docs/architecture.md): dependencies point downhill,
// only the C* system-library targets touch C, only the `raidbot` executable wires concrete types together.
import PackageDescription

/// What FeatureKit and every feature target may import below them.
let featureBase: [Target.Dependency] = [
    "RaidDomain", "BotKit", "Storage", "DiscordModels", "DiscordREST", "CivilTime",
    .product(name: "Logging", package: "swift-log"),
]

let package = Package(
    name: "raidbot",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "raidbot", targets: ["raidbot"]),
        .executable(name: "storage-benchmark", targets: ["StorageBenchmark"]),
        .executable(name: "transport-benchmark", targets: ["TransportBenchmark"]),
    ],
    // Two default traits, so `swift build`, scripts/run.sh and the tests have them and
    // scripts/release.sh leaves both out of the small binary (`--disable-default-traits`):
    // the PostgreSQL import links PostgresNIO, which brings the whole Foundation and its ICU data
    // (+45 MB static); the sandbox links the Discord stand-in, Hummingbird and the web page.
    traits: [
        .trait(name: "PostgresImport", description: "raidbot import-postgres (links PostgresNIO)"),
        .trait(name: "Sandbox", description: "raidbot sandbox (links the Discord stand-in and Hummingbird)"),
        .default(enabledTraits: ["PostgresImport", "Sandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/hummingbird-project/swift-websocket", from: "1.6.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        // No default traits: `FullFoundation` links Foundation's internationalisation and ICU data
        // (~45 MB of the static binary) and `ConfigurationSupport` swift-configuration; we use neither.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // The one-way import from the incumbent's PostgreSQL (`raidbot import-postgres`).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // C system libraries: the only targets that touch C.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        // libxml2 is opened on first use (Sources/CLibXML2/shim.h), not linked: no pkg-config here,
        // whose `-lxml2` would link it; RealmEye adds the header path itself.
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", providers: [.apt(["libxml2-dev"])]),

        // Leaf: the civil calendar, Unix ms <-> UTC text, and the one injected clock (imports nothing).
        .target(name: "CivilTime"),

        // Storage: SQLite connection, statements, writer queue + read pool, migrator, backups.
        .target(name: "Storage", dependencies: [
            "CSQLite", "CivilTime",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "DequeModule", package: "swift-collections"),
        ], plugins: ["EmbedMigrations"]),
        // Builds schema/*.sql into the Storage module, so the binary carries its migrations.
        .executableTarget(name: "MigrationEmbedder"),
        .plugin(name: "EmbedMigrations", capability: .buildTool(), dependencies: ["MigrationEmbedder"]),

        // Discord: pure wire types, REST over libcurl, the gateway, and the local stand-in.
        .target(name: "DiscordModels", dependencies: ["CivilTime"]),
        .target(name: "DiscordREST", dependencies: [
            "DiscordModels", "CCurl", "CivilTime",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "DiscordGateway", dependencies: [
            "DiscordModels", "CivilTime",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "WSClient", package: "swift-websocket"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOWebSocket", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "CompressNIO", package: "compress-nio"),
        ]),
        .target(name: "DiscordSandbox", dependencies: [
            "DiscordModels", "CivilTime",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            .product(name: "CompressNIO", package: "compress-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOWebSocket", package: "swift-nio"),
        ]),

        // RealmEye: player pages over the libcurl transport, read with libxml2 (below FeatureKit).
        .target(name: "RealmEye", dependencies: [
            "CLibXML2", "DiscordREST", "CivilTime",
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]),

        // The interaction framework every feature uses.
        .target(name: "BotKit", dependencies: [
            "CivilTime", "DiscordModels", "DiscordREST",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // Test support, shared by every test target: the manual clock, temporary databases, the
        // recording responder, the feature harness, the opt-in benchmark flag.
        .target(name: "TestSupport", dependencies: ["FeatureKit", "RunsFeature", "DiscordSandbox"] + featureBase),

        // FeatureKit: what several features share (the Feature protocol, panels, raid log, command
        // log, guild mappings, first contact, the one-activity rule, PointsLedger), nothing else.
        .target(name: "FeatureKit", dependencies: featureBase),
        // One target per feature over FeatureKit; a feature imports another only where declared
        // here, one-way (Headcounts → Runs).
        .target(name: "RunsFeature", dependencies: ["FeatureKit"] + featureBase),
        .target(name: "HeadcountsFeature", dependencies: ["RunsFeature", "FeatureKit"] + featureBase),
        .target(name: "PartiesFeature", dependencies: ["FeatureKit"] + featureBase),
        .target(name: "ConfigurationFeature", dependencies: ["FeatureKit"] + featureBase),
        .target(name: "GeneralFeature", dependencies: ["FeatureKit"] + featureBase),
        .target(name: "QuotaFeature", dependencies: ["FeatureKit"] + featureBase),
        .target(name: "ModerationFeature", dependencies: ["FeatureKit"] + featureBase),
        .target(name: "ModmailFeature", dependencies: ["FeatureKit"] + featureBase),
        .target(name: "IdentityFeature", dependencies: ["FeatureKit"] + featureBase),
        .target(name: "VerificationFeature", dependencies: ["FeatureKit", "RealmEye"] + featureBase),

        // The one-way import of the incumbent's PostgreSQL database into a new SQLite file.
        .target(name: "PostgresImport", dependencies: [
            "Storage",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Test support: the production-shaped seed and the incumbent's hot queries, for the plan
        // tests and the storage benchmark.
        .target(name: "StorageSeeding", dependencies: ["Storage", "FeatureKit"]),

        // Test support: validates recorded request bodies against Discord's OpenAPI spec.
        .target(name: "OpenAPIValidation"),

        // Pure raid rules.
        .target(name: "RaidDomain", dependencies: ["CivilTime"]),

        // The `raidbot sandbox` console: its grammar, input, rendering and mentions, played against
        // the stand-in; the executable hands it the bot's command catalog and builds the bot itself.
        .target(name: "SandboxConsole", dependencies: ["DiscordSandbox", "DiscordModels", "BotKit"]),
        // `raidbot sandbox --web`: the stand-in in a browser (page, JSON API, live events), mounted on
        // the stand-in's own server; it plays members through SandboxConsole, so it sends what the console sends.
        .target(name: "SandboxWeb", dependencies: [
            "SandboxConsole", "DiscordSandbox", "DiscordModels", "BotKit",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),

        // The executable: command line, configuration, composition root.
        .executableTarget(name: "raidbot", dependencies: [
            "Storage", "DiscordModels", "DiscordREST", "DiscordGateway", "RaidDomain", "BotKit", "CivilTime",
            "FeatureKit", "RunsFeature", "HeadcountsFeature", "PartiesFeature", "ConfigurationFeature", "GeneralFeature",
            "QuotaFeature", "ModerationFeature", "ModmailFeature", "IdentityFeature", "VerificationFeature", "RealmEye",
            .target(name: "DiscordSandbox", condition: .when(traits: ["Sandbox"])),
            .target(name: "SandboxConsole", condition: .when(traits: ["Sandbox"])),
            .target(name: "SandboxWeb", condition: .when(traits: ["Sandbox"])),
            .target(name: "PostgresImport", condition: .when(traits: ["PostgresImport"])),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "Prometheus", package: "swift-prometheus"),
        ]),

        // Benchmarks: one documented command each (README, "Benchmarks").
        .executableTarget(name: "StorageBenchmark", dependencies: [
            "Storage", "StorageSeeding", "FeatureKit", "RunsFeature", "QuotaFeature", "RaidDomain",
            .product(name: "Logging", package: "swift-log"),
        ], path: "Benchmarks/StorageBenchmark"),
        .executableTarget(name: "TransportBenchmark", dependencies: [
            "DiscordModels", "DiscordSandbox",
            .product(name: "Logging", package: "swift-log"),
        ], path: "Benchmarks/TransportBenchmark"),

        .executableTarget(name: "StorageDurabilityChild", dependencies: ["Storage"], path: "Tests/StorageDurabilityChild"),
        .testTarget(name: "StorageTests", dependencies: [
            "Storage", "StorageSeeding", "StorageDurabilityChild", "TestSupport",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "DiscordModelsTests", dependencies: ["DiscordModels"]),
        .testTarget(name: "RealmEyeTests", dependencies: ["RealmEye", "DiscordREST", "DiscordSandbox", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "DiscordRESTTests", dependencies: ["DiscordREST", "DiscordModels", "DiscordSandbox", "TestSupport"]),
        .testTarget(name: "DiscordGatewayTests", dependencies: [
            "DiscordGateway", "DiscordSandbox", "DiscordModels", "TestSupport", "CivilTime",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "CompressNIO", package: "compress-nio"),
        ]),
        .testTarget(name: "DiscordSandboxTests", dependencies: [
            "DiscordSandbox", "DiscordModels", "OpenAPIValidation",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            .product(name: "CompressNIO", package: "compress-nio"),
        ]),
        .testTarget(name: "OpenAPIValidationTests", dependencies: ["OpenAPIValidation", "DiscordModels"]),
        .testTarget(name: "BotKitTests", dependencies: [
            "BotKit", "TestSupport", "DiscordSandbox", "CivilTime",
            .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .testTarget(name: "RaidDomainTests", dependencies: ["RaidDomain"]),
        .testTarget(name: "FeatureKitTests", dependencies: [
            "FeatureKit", "TestSupport", "StorageSeeding", "DiscordSandbox",
        ] + featureBase),
        .testTarget(name: "RunsFeatureTests", dependencies: [
            "RunsFeature", "FeatureKit", "TestSupport", "StorageSeeding",
        ] + featureBase),
        .testTarget(name: "HeadcountsFeatureTests", dependencies: ["HeadcountsFeature", "RunsFeature", "FeatureKit", "TestSupport"] + featureBase),
        .testTarget(name: "PartiesFeatureTests", dependencies: ["PartiesFeature", "FeatureKit", "TestSupport"] + featureBase),
        .testTarget(name: "ConfigurationFeatureTests", dependencies: [
            "ConfigurationFeature", "GeneralFeature", "FeatureKit", "TestSupport",
        ] + featureBase),
        .testTarget(name: "GeneralFeatureTests", dependencies: [
            "GeneralFeature", "ConfigurationFeature", "FeatureKit", "TestSupport",
        ] + featureBase),
        .testTarget(name: "QuotaFeatureTests", dependencies: [
            "QuotaFeature", "FeatureKit", "TestSupport", "StorageSeeding", "DiscordSandbox",
        ] + featureBase),
        .testTarget(name: "ModerationFeatureTests", dependencies: [
            "ModerationFeature", "FeatureKit", "TestSupport", "DiscordSandbox", "OpenAPIValidation",
        ] + featureBase),
        .testTarget(name: "ModmailFeatureTests", dependencies: [
            "ModmailFeature", "FeatureKit", "TestSupport", "DiscordSandbox",
        ] + featureBase),
        .testTarget(name: "PostgresImportTests", dependencies: ["PostgresImport", "Storage", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "IdentityFeatureTests", dependencies: [
            "IdentityFeature", "ModmailFeature", "FeatureKit", "TestSupport", "DiscordSandbox",
        ] + featureBase),
        .testTarget(name: "VerificationFeatureTests", dependencies: [
            "VerificationFeature", "RealmEye", "FeatureKit", "TestSupport", "DiscordSandbox",
        ] + featureBase),
        .testTarget(name: "SandboxConsoleTests", dependencies: ["SandboxConsole", "DiscordSandbox", "DiscordModels"]),
        .testTarget(name: "SandboxWebTests", dependencies: [
            "SandboxWeb", "SandboxConsole", "DiscordSandbox", "DiscordModels", "DiscordREST", "BotKit",
        ]),
        .testTarget(name: "raidbotTests", dependencies: [
            "raidbot", "DiscordSandbox", "Storage", "BotKit", "TestSupport", "CivilTime",
            "FeatureKit", "RunsFeature", "HeadcountsFeature", "PartiesFeature", "ConfigurationFeature", "GeneralFeature",
            "QuotaFeature", "ModerationFeature", "ModmailFeature", "IdentityFeature", "VerificationFeature", "RealmEye",
            "DiscordREST", "OpenAPIValidation",
            .product(name: "Logging", package: "swift-log"),
        ]),
    ]
)
