import ArgumentParser
import Foundation
import Testing

@testable import RDFitCommand

/// "METHODS §n" named a specification that does not ship; help, output and documentation now
/// point at `Docs/` files and DocC articles that exist.
@Suite("references point at shipped documents, never at METHODS")
struct MethodsReferenceTests {
    static let root = CommandRunner.packageRoot
    static let doccFolder = root.appendingPathComponent("Sources/RDFit/RDFit.docc")

    static func files(under folder: String, suffix: String) -> [URL] {
        let enumerator = FileManager.default.enumerator(
            at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.path.hasSuffix(suffix) }
    }

    static func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

    /// Every help screen: the root's and each subcommand's.
    static var helpScreens: [String] {
        [RDFitCommandLine.helpMessage(columns: 200)]
            + RDFitCommandLine.configuration.subcommands.map { $0.helpMessage(columns: 200) }
    }

    @Test("no help screen mentions METHODS, and every Docs/ file or DocC article it names exists")
    func help() throws {
        let titles = Set(
            Self.files(under: "Sources/RDFit/RDFit.docc", suffix: ".md").compactMap {
                Self.text($0).split(separator: "\n").first.map { String($0.dropFirst(2)) }
            })
        for screen in Self.helpScreens {
            #expect(!screen.contains("METHODS"), "\(screen)")
            let flat = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ")
            for match in flat.matches(of: /Docs\/[A-Za-z0-9._-]+\.md/) {
                let path = String(match.output)
                #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(path).path), "\(path)")
            }
            for match in flat.matches(of: /DocC article '([^']+)'/) {
                #expect(titles.contains(String(match.output.1)), "no DocC article titled '\(match.output.1)'")
            }
        }
    }

    @Test("no command output mentions METHODS")
    func output() throws {
        let runs: [[String]] = [
            ["reproduce", "worked-examples", "proxy2", "table4-other", "--format", "markdown"],
            ["reproduce", "worked-examples", "proxy2", "table4-other", "--format", "json"],
            ["reproduce", "davidson-houlden", "--runs", "200", "--format", "json"],
            ["simulate", "--r", "2", "--format", "json"],
            ["simulate", "--paper-growth", "1.5"],
            ["simulate", "--runs", "200", "--seed", "1"],
            ["estimate", "Data/computer-vision.csv", "--replicates", "100", "--seed", "1", "--format", "json"],
        ]
        for arguments in runs {
            let outcome = try CommandRunner.run(arguments)
            #expect(!outcome.standardOutput.isEmpty, "\(arguments)")
            #expect(!(outcome.standardOutput + outcome.standardError).contains("METHODS"), "\(arguments)")
        }
    }

    @Test("no string literal in Sources, and no shipped document, mentions METHODS")
    func sourcesAndDocuments() {
        for file in Self.files(under: "Sources", suffix: ".swift") {
            for (number, line) in Self.text(file).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("METHODS") {
                // A comment may name the specification only with where it is (it does not ship).
                #expect(
                    line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && line.contains("does not ship"),
                    "\(file.lastPathComponent):\(number + 1): \(line)")
            }
        }
        let documents =
            Self.files(under: "Docs", suffix: ".md").filter { $0.lastPathComponent != "CHANGELOG.md" }
            + Self.files(under: "Sources/RDFit/RDFit.docc", suffix: ".md") + [
                Self.root.appendingPathComponent("README.md")
            ]
        #expect(documents.count >= 10)
        for document in documents {
            #expect(!Self.text(document).contains("METHODS"), "\(document.lastPathComponent)")
        }
    }

    @Test("every <doc:…> reference and every link into the DocC catalogue names an article that exists")
    func referencesResolve() {
        var checked = 0
        let sources = Self.files(under: "Sources", suffix: ".swift") + Self.files(under: "Sources", suffix: ".md")
        for file in sources {
            for match in Self.text(file).matches(of: /<doc:([A-Za-z0-9]+)>/) {
                checked += 1
                let article = Self.doccFolder.appendingPathComponent("\(match.output.1).md")
                #expect(
                    FileManager.default.fileExists(atPath: article.path), "\(file.lastPathComponent): \(match.output.1)"
                )
            }
        }
        for file in Self.files(under: "Docs", suffix: ".md") + Self.files(under: "Data", suffix: ".md") {
            for match in Self.text(file).matches(of: /RDFit\.docc\/([A-Za-z0-9]+\.md)/) {
                checked += 1
                #expect(
                    FileManager.default.fileExists(
                        atPath: Self.doccFolder.appendingPathComponent(String(match.output.1)).path),
                    "\(file.lastPathComponent): \(match.output.1)")
            }
        }
        #expect(checked >= 40)
    }
}
