/// One target column and how its value is read from the incumbent's row. The conversion runs in
/// the source's SELECT (PostgreSQL does the arithmetic exactly), so every value arrives as a
/// bigint or a text and is bound to SQLite unchanged.
struct ImportColumn: Sendable {
    /// How a PostgreSQL value becomes a raidbot value.
    enum Conversion: Sendable {
        /// BIGINT/INTEGER as is (snowflakes, ids, counts).
        case integer
        /// TEXT as is.
        case text
        /// TIMESTAMPTZ to Unix milliseconds (NULL stays NULL).
        case time
        /// TIMESTAMPTZ to Unix milliseconds for a NOT NULL target: a NULL becomes the import time.
        case requiredTime
        /// DECIMAL points to integer hundredths (1.25 → 125), rounded half away from zero.
        case hundredths
        /// BOOLEAN to 0/1.
        case boolean
        /// JSONB to its text.
        case json
        /// A snowflake stored as TEXT (command_log) to an integer; anything else marks the row invalid.
        case snowflakeText
    }

    /// The raidbot column.
    let target: String
    /// The incumbent's column this value comes from (checked to exist before the import).
    let source: String
    /// The conversion.
    let conversion: Conversion
    /// A PostgreSQL expression used instead of `source` (a COALESCE, a CASE), if any.
    let expression: String?

    init(_ target: String, _ conversion: Conversion = .integer, from source: String? = nil, sql expression: String? = nil) {
        self.target = target
        self.source = source ?? target
        self.conversion = conversion
        self.expression = expression
    }

    /// The select-list expression that yields the converted value.
    var selectSQL: String {
        let value = expression ?? "\"\(source)\""
        switch conversion {
        case .integer: return "(\(value))::bigint"
        case .text, .json, .snowflakeText: return "(\(value))::text"
        case .time: return "floor(extract(epoch from \(value)) * 1000)::bigint"
        case .requiredTime: return "floor(extract(epoch from COALESCE(\(value), now())) * 1000)::bigint"
        case .hundredths: return "round((\(value)) * 100)::bigint"
        case .boolean: return "(\(value))::int::bigint"
        }
    }

    /// True when the select-list value arrives as text.
    var arrivesAsText: Bool {
        switch conversion {
        case .text, .json, .snowflakeText: return true
        default: return false
        }
    }
}
