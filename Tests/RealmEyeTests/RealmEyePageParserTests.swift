import RealmEye
import Foundation
import Glibc
import Testing

/// Every fixture read by the parser: what each shape of RealmEye page comes to.
@Suite struct RealmEyePageParserTests {
    @Test func aFullProfileReadsNameDescriptionAndEverySummaryField() {
        let outcome = RealmEyePageParser.parse(RealmEyeFixture.profile.data)
        #expect(outcome == .found(RealmEyeProfile(
            name: "Eyeofzeus", descriptionLines: ["Raiding with friends, PM me in game", "AbCdEfGhJkMnPqRsTuV2"],
            characters: 8, fame: 12_345, stars: 82, accountFame: 104_220, guild: "Black Bullet", guildRank: "Officer",
            created: .shown("~6 years and 120 days ago"), lastSeen: .shown("2026-12-04 21:02:11 at USWest3 as Wizard"))))
    }

    @Test func hiddenDatesReadAsHiddenAndAbsentRowsAsNil() {
        guard case .found(let profile) = RealmEyePageParser.parse(RealmEyeFixture.hiddenFields.data) else {
            Issue.record("expected a profile"); return
        }
        #expect(profile.name == "Quietone")
        #expect(profile.descriptionLines == ["only one line here"])
        #expect(profile.characters == 1 && profile.fame == 40 && profile.stars == 3)
        #expect(profile.accountFame == nil && profile.guild == nil && profile.guildRank == nil)
        #expect(profile.created == .hidden)  // "First seen" stands in for "Created"
        #expect(profile.lastSeen == .hidden)
    }

    @Test func aPrivateProfileIsPrivate() {
        #expect(RealmEyePageParser.parse(RealmEyeFixture.privateProfile.data) == .private)
    }

    @Test func theNotFoundPageIsNotFound() {
        #expect(RealmEyePageParser.parse(RealmEyeFixture.notFound.data) == .notFound)
    }

    @Test(arguments: [
        (RealmEyeFixture.layoutChanged, "no player name"),
        (RealmEyeFixture.descriptionMoved, "no description"),
    ])
    func aChangedLayoutFailsLoudlyEvenWhenTheCodeIsOnThePage(fixture: RealmEyeFixture, missing: String) {
        #expect(RealmEyePageParser.parse(fixture.data) == .unavailable(.layoutChanged(missing)))
    }

    @Test func anEmptyOrNonHTMLAnswerIsALayoutChangeNotAProfile() {
        #expect(RealmEyePageParser.parse(.init()) == .unavailable(.layoutChanged("the page is empty")))
        #expect(RealmEyePageParser.parse(.init("{\"player\":\"x\"}".utf8)) == .unavailable(.layoutChanged("no player name")))
    }
}

/// libxml2 is opened on the first page parsed instead of being linked (it brings ICU and libstdc++).
@Suite struct HTMLParserLoadingTests {
    @Test func libxml2LoadsOnFirstUseAndIsThenMappedIntoTheProcess() {
        #expect(RealmEyePageParser.parserProblem == nil)
        #expect(RealmEyePageParser.parse(RealmEyeFixture.privateProfile.data) == .private)
        let loaded = dlopen("libxml2.so.2", RTLD_NOW | RTLD_NOLOAD)  // nil unless already in the process
        #expect(loaded != nil)
        if let loaded { dlclose(loaded) }
    }

    @Test func theTestBinaryDoesNotLinkLibxml2() throws {
        let readelf = Process()
        readelf.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
        readelf.arguments = ["-d", try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")]
        let output = Pipe()
        readelf.standardOutput = output
        try readelf.run()
        let dynamic = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        readelf.waitUntilExit()
        let needed = dynamic.split(separator: "\n").filter { $0.contains("(NEEDED)") }
        #expect(needed.contains { $0.contains("libsqlite3") })  // the check reads real NEEDED entries
        #expect(!needed.contains { $0.contains("libxml2") })
    }
}
