import FeatureKit
import RaidDomain
import Storage

/// What the panels count: joined raiders, their classes, and who offers which key.
public struct RunTally: Hashable, Sendable {
    /// Raiders currently joined.
    public var joined: Int
    /// Joined raiders per chosen class.
    public var classes: [RotmgClass: Int]
    /// Key offers from the run itself, per key, in offer order.
    public var runKeys: [ReactionKey: [MemberID]]
    /// Key offers carried over from a headcount, per key.
    public var headcountKeys: [ReactionKey: [MemberID]]

    /// An empty tally (a run nobody joined yet).
    public init(joined: Int = 0, classes: [RotmgClass: Int] = [:], runKeys: [ReactionKey: [MemberID]] = [:],
                headcountKeys: [ReactionKey: [MemberID]] = [:]) {
        self.joined = joined
        self.classes = classes
        self.runKeys = runKeys
        self.headcountKeys = headcountKeys
    }

    /// Offers of `key` made on the run itself: the public count (§3.9). Headcount offers are
    /// provisional (raiders are asked to press the key again once the run is up) and show only
    /// on the organizer panel.
    public func keyCount(_ key: ReactionKey) -> Int {
        runKeys[key]?.count ?? 0
    }

    /// Everyone offering a run-source key (the key reactors told party and location).
    public var keyReactors: [MemberID] {
        var seen = Set<MemberID>()
        return runKeys.keys.sorted { $0.rawValue < $1.rawValue }
            .flatMap { runKeys[$0] ?? [] }
            .filter { seen.insert($0).inserted }
    }

    /// Reads the tally of `runID` inside the caller's transaction.
    public static func load(_ connection: Connection, runID: RunID) throws -> RunTally {
        var tally = RunTally()
        tally.joined = try connection.fetchValue(RunQueries.joinCount, runID.rawValue, as: Int.self) ?? 0
        for (name, count) in try connection.fetchAll(RunQueries.classCounts, runID.rawValue, map: {
            (try $0.get(0, as: String.self), try $0.get(1, as: Int.self))
        }) {
            if let raidClass = RotmgClass(rawValue: name) { tally.classes[raidClass] = count }
        }
        for (key, user, source) in try connection.fetchAll(RunQueries.keyReactions, runID.rawValue, map: {
            (ReactionKey(try $0.get(0, as: String.self)), MemberID(try $0.get(1, as: UInt64.self)),
             try $0.get(2, as: String.self))
        }) {
            if source == "run" { tally.runKeys[key, default: []].append(user) }
            else { tally.headcountKeys[key, default: []].append(user) }
        }
        return tally
    }
}
