/// Accumulates limit violations while walking an outgoing body.
struct LimitChecker {
    /// Everything found so far, in walk order.
    private(set) var violations: [LimitViolation] = []

    /// Records `text` longer than `max` (nil passes).
    mutating func length(_ text: String?, max: Int, limit: String, at path: String) {
        guard let text else { return }
        count(text.utf16.count, max: max, limit: limit, at: path)
    }

    /// Records `text` outside `min...max` (nil passes unless `required`).
    mutating func length(_ text: String?, min: Int, max: Int, limit: String, at path: String, required: Bool = false) {
        guard let text else {
            if required { violations.append(LimitViolation(limit: limit, path: path, actual: 0, bound: min, isMinimum: true)) }
            return
        }
        count(text.utf16.count, min: min, max: max, limit: limit, at: path)
    }

    /// Records a count or value above `max`.
    mutating func count(_ actual: Int, max: Int, limit: String, at path: String) {
        if actual > max { violations.append(LimitViolation(limit: limit, path: path, actual: actual, bound: max)) }
    }

    /// Records a count or value outside `min...max`.
    mutating func count(_ actual: Int, min: Int, max: Int, limit: String, at path: String) {
        if actual < min {
            violations.append(LimitViolation(limit: limit, path: path, actual: actual, bound: min, isMinimum: true))
        }
        count(actual, max: max, limit: limit, at: path)
    }

    /// Records an optional integer outside `min...max` (nil passes).
    mutating func value(_ actual: Int?, min: Int, max: Int, limit: String, at path: String) {
        guard let actual else { return }
        count(actual, min: min, max: max, limit: limit, at: path)
    }

    /// Joins a path and a member name.
    func join(_ path: String, _ member: String) -> String {
        path.isEmpty ? member : path + "." + member
    }
}
