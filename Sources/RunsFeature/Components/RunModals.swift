import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// The organizer panel's modals (§2.2): party/location, chain amount and the Oryx 3 realm score,
/// each prefilled with the current value, and the parsing of their typed numbers.
enum RunModals {
    static func partyLocation(_ run: RunState) -> Modal {
        Modal(customID: RunComponentIDs.make(RunComponentIDs.partyLocationModal, run.id), title: "Party and Location",
              components: [field("party", "Party", run.party, maxLength: 100),
                           field("location", "Location", run.location, maxLength: 100)])
    }

    static func chain(_ run: RunState) -> Modal {
        Modal(customID: RunComponentIDs.make(RunComponentIDs.chainModal, run.id), title: "Chain Amount",
              components: [field("chain", "How many dungeons in the chain (1–99)", run.chainAmount.map(String.init),
                                 maxLength: 2, required: true)])
    }

    static func realmScore(_ run: RunState) -> Modal {
        Modal(customID: RunComponentIDs.make(RunComponentIDs.realmScoreModal, run.id), title: "Realm Score",
              components: [field("score", "Realm score in % (1–99)", run.realmScore.map(String.init),
                                 maxLength: 3, required: true)])
    }

    /// A typed number, or the validation error the member sees.
    static func number(_ parsed: Result<Int, InputProblem>) throws -> Int {
        switch parsed {
        case .success(let value): return value
        case .failure(let problem):
            throw BotKitError(.validation, detail: "modal number refused", userMessage: problem.reply)
        }
    }

    static func field(_ id: String, _ label: String, _ value: String?, maxLength: Int, required: Bool = false) -> Component {
        .label(Label(label, component: .textInput(TextInput(customID: id, style: .short, maxLength: maxLength,
                                                           required: required, value: value))))
    }
}
