import Foundation
import Testing

@testable import RDFitCommand

@Suite("'-' as the data file reads standard input")
struct StandardInputTests {
    static let computerVision = CommandRunner.packageRoot.appendingPathComponent("Data/computer-vision.csv")

    @Test("estimate -: the same report as from the file, named <stdin>")
    func estimateFromStandardInput() throws {
        let bytes = try Data(contentsOf: Self.computerVision)
        let arguments = ["--seed", "3", "--replicates", "200", "--format", "json"]
        let fromFile = try CommandRunner.run(["estimate", "Data/computer-vision.csv"] + arguments)
        let piped = try CommandRunner.run(["estimate", "-"] + arguments, standardInput: bytes)
        #expect(piped.status == 0, "\(piped.standardError)")
        #expect(piped.standardOutput.contains("\"file\" : \"<stdin>\""))
        // The file's own `# rdfit:` defaults apply as they do from the file.
        #expect(
            piped.standardOutput.replacingOccurrences(of: "<stdin>", with: "Data/computer-vision.csv")
                == fromFile.standardOutput)
    }

    @Test("sensitivity - runs from standard input")
    func sensitivityFromStandardInput() throws {
        let bytes = try Data(contentsOf: Self.computerVision)
        let outcome = try CommandRunner.run(
            [
                "sensitivity", "-", "--vary", "doubling-time=4:25", "--replicates", "100", "--points", "3", "--seed",
                "1",
            ],
            standardInput: bytes)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("<stdin>") && outcome.standardOutput.contains("break-even"))
    }

    @Test("a data error on standard input is located at <stdin>:line:column, exit 65")
    func locatedError() throws {
        let outcome = try CommandRunner.run(
            ["estimate", "-", "--doubling-time", "9"], standardInput: Data("year,x\n1,2\n2,abc\n3,4\n".utf8))
        #expect(outcome.status == 65)
        #expect(outcome.standardError.hasPrefix("rdfit: error: <stdin>:3:2: "), "\(outcome.standardError)")
        let defaults = try CommandRunner.run(
            ["estimate", "-"], standardInput: Data("# rdfit: --window nine\nyear,x\n1,2\n2,3\n".utf8))
        #expect(defaults.status == 64)
        #expect(defaults.standardError.hasPrefix("rdfit: error: <stdin>:1:19: "), "\(defaults.standardError)")
    }

    @Test("simulate --r-draws - reads the draws from standard input")
    func drawsFromStandardInput() throws {
        let good = try CommandRunner.run(
            ["simulate", "--runs", "200", "--seed", "1", "--r-draws", "-"], standardInput: Data("r\n0.8\n1.2\n".utf8))
        #expect(good.status == 0, "\(good.standardError)")
        let bad = try CommandRunner.run(
            ["simulate", "--runs", "200", "--seed", "1", "--r-draws", "-"], standardInput: Data("r\n0.8\nx\n".utf8))
        #expect(bad.status == 65)
        #expect(bad.standardError.hasPrefix("rdfit: error: <stdin>:3: "), "\(bad.standardError)")
    }

    @Test("a plot path beside standard input is still checked, and '-' is not taken for a file to protect")
    func plotWithStandardInput() throws {
        let bytes = try Data(contentsOf: Self.computerVision)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rdfit-stdin-\(UUID().uuidString).svg")
        let outcome = try CommandRunner.run(
            ["estimate", "-", "--replicates", "100", "--seed", "1", "--plot", path.path], standardInput: bytes)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(FileManager.default.fileExists(atPath: path.path))
        #expect(InputFile.filePath("-") == nil && InputFile.filePath("a.csv") == "a.csv")
    }

    @Test("reading standard input is bounded like a file: one byte past the limit is refused")
    func bounded() throws {
        let pipe = Pipe()
        try pipe.fileHandleForWriting.write(contentsOf: Data(repeating: 65, count: 101))
        try pipe.fileHandleForWriting.close()
        #expect {
            try InputFile.bounded(descriptor: pipe.fileHandleForReading.fileDescriptor, name: "<stdin>", limit: 100)
        } throws: { error in
            (error as? CommandError).map {
                $0.exitCode == 65 && $0.description.hasPrefix("<stdin>: larger than 100 bytes")
            }
                ?? false
        }
        let exact = Pipe()
        try exact.fileHandleForWriting.write(contentsOf: Data(repeating: 65, count: 100))
        try exact.fileHandleForWriting.close()
        #expect(
            try InputFile.bounded(descriptor: exact.fileHandleForReading.fileDescriptor, name: "<stdin>", limit: 100)
                .count == 100)
    }

    @Test("an endless standard input (/dev/zero) stops at the 256 MiB limit with exit 65")
    func endlessInput() throws {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["estimate", "-"]
        process.currentDirectoryURL = CommandRunner.packageRoot
        process.standardInput = FileHandle(forReadingAtPath: "/dev/zero")
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 65)
        #expect(message == "rdfit: error: <stdin>: larger than 256 MiB; rdfit reads yearly series, not bulk data\n")
    }
}
