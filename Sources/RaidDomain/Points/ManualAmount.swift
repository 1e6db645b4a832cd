/// The signed counts staff type into `/logrun`, `/logkey`, `/addpoints` and `/addquotapoints`
/// (§1.1, §1.3): never zero, negative removes.
public enum ManualAmount {
    /// `/logrun` and `/logkey`: default 1, not zero, at most 99 either way.
    public static func runOrKeyCount(_ amount: Int?) -> Result<Int, InputProblem> {
        let value = amount ?? 1
        guard value != 0, value.magnitude <= 99 else {
            return .failure(.numberOutOfRange(field: "The amount (not 0)", minimum: -99, maximum: 99))
        }
        return .success(value)
    }

    /// `/addpoints` and `/addquotapoints`: not zero, capped at ±999 (the reply then notes the cap).
    public static func pointsAdjustment(_ amount: Points) -> Result<(amount: Points, wasCapped: Bool), InputProblem> {
        guard !amount.isZero else { return .failure(.numberOutOfRange(field: "The amount (not 0)", minimum: -999, maximum: 999)) }
        let cap = Points(999)
        if amount > cap { return .success((cap, true)) }
        if amount < -cap { return .success((-cap, true)) }
        return .success((amount, false))
    }
}
