import RealmEye
import Testing
import VerificationFeature

/// The pure rules: the code's shape, the requirements, the Done check.
@Suite struct VerificationRulesTests {
    @Test func codesAreTwentyCharactersOfTheLookAlikeFreeAlphabetAndDiffer() {
        let codes = (0..<50).map { _ in VerificationCode.generate() }
        let forbidden = Set("IOilo01")
        for code in codes {
            #expect(code.count == 20)
            #expect(code.allSatisfy { VerificationCode.alphabet.contains($0) && !forbidden.contains($0) })
        }
        #expect(Set(codes).count == codes.count)
    }

    @Test(arguments: [
        (VerificationRequirements(minimumStars: 20), RealmEyeProfile(name: "A", stars: 19), [RequirementFailure.stars(required: 20, shown: 19)]),
        (VerificationRequirements(minimumStars: 20), RealmEyeProfile(name: "A", stars: 20), []),
        (VerificationRequirements(minimumAliveFame: 500), RealmEyeProfile(name: "A"), [.aliveFame(required: 500, shown: nil)]),
        (VerificationRequirements(minimumCharacters: 2), RealmEyeProfile(name: "A", characters: 1), [.characters(required: 2, shown: 1)]),
        (VerificationRequirements(createdMustBeVisible: true), RealmEyeProfile(name: "A", created: .hidden), [.creationDateHidden]),
        (VerificationRequirements(createdMustBeVisible: true), RealmEyeProfile(name: "A", created: .shown("~1 year ago")), []),
        (VerificationRequirements(createdMustBeVisible: false), RealmEyeProfile(name: "A", created: .hidden), []),
        (VerificationRequirements(guildRequired: true), RealmEyeProfile(name: "A"), [.noGuild]),
        (VerificationRequirements(guildRequired: true), RealmEyeProfile(name: "A", guild: "Black Bullet"), []),
    ])
    func requirementsListEveryFailure(requirements: VerificationRequirements, profile: RealmEyeProfile,
                                      expected: [RequirementFailure]) {
        #expect(requirements.failures(of: profile) == expected)
    }

    @Test func theCheckFindsTheCodeCaseSensitivelyOnTheRightPlayer() {
        let profile = RealmEyeProfile(name: "NiaRealm", descriptionLines: ["hello", "xx AbCdE22 yy"])
        #expect(RealmEyeCheck.decide(.found(profile), ign: "niarealm", code: "AbCdE22", requirements: .none) == .passed(ign: "NiaRealm"))
        #expect(RealmEyeCheck.decide(.found(profile), ign: "NiaRealm", code: "abcde22", requirements: .none) == .codeMissing)
        #expect(RealmEyeCheck.decide(.found(profile), ign: "Other", code: "AbCdE22", requirements: .none) == .notFound)
        #expect(RealmEyeCheck.decide(.unavailable(.layoutChanged("x")), ign: "NiaRealm", code: "AbCdE22", requirements: .none)
                == .unavailable(blocked: false))
        #expect(RealmEyeCheck.decide(.blocked(status: 429), ign: "NiaRealm", code: "AbCdE22", requirements: .none)
                == .unavailable(blocked: true))
    }
}
