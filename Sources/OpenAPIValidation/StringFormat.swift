/// The string formats the Discord spec uses that can be checked without a locale-aware parser.
enum StringFormat {
    /// True when `text` is a valid instance of `format`; unknown formats are annotations and pass.
    static func isValid(_ text: String, format: String) -> Bool {
        switch format {
        case "snowflake": isSnowflake(text)
        case "date-time": isDateTime(text)
        case "uri": isURI(text)
        default: true
        }
    }

    /// A decimal id that fits in 64 unsigned bits, without a leading zero.
    static func isSnowflake(_ text: String) -> Bool {
        guard let value = UInt64(text) else { return false }
        return String(value) == text
    }

    /// RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && bytes[range].allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        func byte(_ index: Int, _ expected: Character) -> Bool {
            index < bytes.count && bytes[index] == expected.asciiValue
        }
        guard digits(0..<4), byte(4, "-"), digits(5..<7), byte(7, "-"), digits(8..<10),
              byte(10, "T") || byte(10, "t") || byte(10, " "),
              digits(11..<13), byte(13, ":"), digits(14..<16), byte(16, ":"), digits(17..<19) else { return false }
        var index = 19
        if byte(index, ".") {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            guard index > start else { return false }
        }
        if byte(index, "Z") || byte(index, "z") { return index + 1 == bytes.count }
        guard byte(index, "+") || byte(index, "-") else { return false }
        return digits(index + 1..<index + 3) && byte(index + 3, ":") && digits(index + 4..<index + 6) && index + 6 == bytes.count
    }

    /// A scheme followed by ':' (http(s)://, attachment://, …).
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        return text[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
