import Testing

@testable import RDFit

/// Issue 12, positions and messages: faults found before parsing are located as the CSV reader
/// counts lines, and quoted user text stays on one line, escaped and short.
@Suite("hostile input: positions and message text")
struct HostileTextTests {
    static func error(_ bytes: [UInt8]) -> DataError? {
        do { _ = try DataTable.parse(bytes: bytes); return nil } catch let error as DataError { return error } catch {
            return nil
        }
    }

    @Test(
        "a NUL or invalid UTF-8 byte is located on its line and field for every line ending",
        arguments: ["\n", "\r\n", "\r"], [[UInt8(0)], [0xFF], [0xC3, 0x28]])
    func encodingFaultPosition(ending: String, fault: [UInt8]) throws {
        for faultyLine in 2...7 {
            var bytes: [UInt8] = []
            for line in 1...8 {
                let text = line == 1 ? "year,papers,staff" : "\(2000 + line),\(100 * line),\(line)"
                var row = Array(text.utf8)
                if line == faultyLine { row.insert(contentsOf: fault, at: row.count - 1) }
                bytes += row + Array(ending.utf8)
            }
            let error = try #require(Self.error(bytes))
            #expect(error.kind == .binaryInput)
            #expect(error.line == faultyLine && error.column == 3, "\(ending.debugDescription): \(error)")
        }
    }

    @Test("line breaks inside quoted fields count as the reader counts them; commas inside quotes are not field breaks")
    func quotedFields() throws {
        let bytes = Array("year,\"a,\r\nb\"\r2001,\"x\ry,\"\n2002,5\u{0}\n".utf8)
        let error = try #require(Self.error(bytes))
        #expect(error.line == 5 && error.column == 2, "\(error)")
        let position = TextPosition.locate(offset: bytes.count - 2, in: bytes, from: 0)
        #expect(position.line == 5 && position.column == 2)
    }

    @Test("a fault in a comment line has a line but no column")
    func commentLine() throws {
        let error = try #require(Self.error(Array("# note, with \u{0} a NUL\nyear,a\n1,2\n".utf8)))
        #expect(error.line == 1 && error.column == nil)
    }

    @Test("quoted text is escaped and at most 60 characters")
    func quoted() {
        #expect(MessageText.quoted("papers") == "'papers'")
        #expect(MessageText.quoted("pa\npers") == "'pa\\u{A}pers'")
        #expect(MessageText.quoted("\u{FEFF}year\u{A0}x\u{200B}") == "'\\u{FEFF}year\\u{A0}x\\u{200B}'")
        #expect(MessageText.quoted("a\u{7F}\u{1B}\u{2028}") == "'a\\u{7F}\\u{1B}\\u{2028}'")
        let long = MessageText.quoted(String(repeating: "x", count: 100_000))
        #expect(long == "'" + String(repeating: "x", count: 59) + "…'")
        #expect(MessageText.quoted(String(repeating: "y", count: 60)) == "'" + String(repeating: "y", count: 60) + "'")
        // An escape is never cut in half.
        let escapes = MessageText.escaped(String(repeating: "\u{0}", count: 30), limit: 60)
        #expect(escapes == String(repeating: "\\u{0}", count: 11) + "…")
        #expect(MessageText.quoted("café ☕ 𝜆 – …").contains("café ☕ 𝜆 – …"))
    }
}
