import Storage

/// The last conversions done on this side: snowflakes the incumbent kept as text.
enum RowConversion {
    static func convert(_ values: [DatabaseValue], of table: ImportTable) -> Result<[DatabaseValue], InvalidRow> {
        var row = values
        for (index, column) in table.columns.enumerated() where column.conversion == .snowflakeText {
            guard case .text(let text) = row[index] else { continue }
            guard let number = UInt64(text), number > 0, number <= UInt64(Int64.max) else {
                return .failure(InvalidRow(
                    table: table.name, key: TargetDatabase.key(of: values, in: table),
                    reason: "\(column.target) \"\(text.prefix(30))\" is not a Discord id"))
            }
            row[index] = .integer(Int64(number))
        }
        return .success(row)
    }
}

extension InvalidRow: Error {}
extension ImportColumn.Conversion: Equatable {}
