extension String {
    /// The length as SQLite's `length()` counts it (Unicode scalars), which the schema's CHECK
    /// constraints use. Swift's `count` counts grapheme clusters and can be much smaller ("é" as e +
    /// U+0301 is one character but two scalars), so limits that guard a column use this.
    public var storedLength: Int { unicodeScalars.count }
}
