import FeatureKit
import RunsFeature
import RaidDomain

/// A headcount command carried out: the headcount after it, what followed, and the counts the
/// panels show, all read in the transaction that wrote them.
public struct HeadcountOutcome: Hashable, Sendable {
    /// The headcount after the command.
    public let record: HeadcountRecord
    /// What the rules decided.
    public let effects: [HeadcountEffect]
    /// The counts after the command.
    public let tally: HeadcountTally
}

/// A headcount turned into a run: the new run with its counts and the closed headcount, whose
/// public message the handler deletes.
public struct HeadcountConversion: Hashable, Sendable {
    /// The run created for the headcount's owner.
    public let run: RunRecord
    /// The run's counts (the owner joined, the headcount's keys carried over).
    public let tally: RunTally
    /// The headcount, now converted.
    public let headcount: HeadcountRecord
}
