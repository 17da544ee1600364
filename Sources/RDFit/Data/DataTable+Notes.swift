extension DataTable {
    /// What reading the table did that a report should say: a ``Diagnostic/Code/rowsReordered``
    /// note when the rows were not in year order.
    public var readingNotes: [Diagnostic] {
        guard wasReordered else { return [] }
        return [
            Diagnostic(
                code: .rowsReordered, severity: .note,
                message: "the file's rows were not in year order; they were sorted")
        ]
    }
}
