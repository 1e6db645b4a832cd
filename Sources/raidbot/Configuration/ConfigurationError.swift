/// A configuration problem, rendered as the one line start-up prints before it stops.
///
/// It names the variable and never echoes a secret's value.
struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    /// The environment variable (or config-file key) at fault.
    let variable: String
    /// What is wrong with it, in plain words.
    let problem: String

    var description: String { "configuration error: \(variable) \(problem)" }
}
