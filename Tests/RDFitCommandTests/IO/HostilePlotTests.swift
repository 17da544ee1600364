import Foundation
import Testing

@testable import RDFitCommand

/// Issue 12, files: `--plot` writes only the path it was given, refuses destinations it must not
/// replace, and leaves no temporary file behind.
@Suite("hostile input: the plot writer")
struct HostilePlotTests {
    static let estimate = ["--doubling-time", "9", "--replicates", "50", "--seed", "1"]

    /// A fresh directory holding a copy of the good fixture as `data.csv`.
    static func directory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rdfit-plot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/bad-input/good.csv"),
            to: directory.appendingPathComponent("data.csv"))
        return directory
    }

    static func entries(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    static func expectRefused(_ outcome: CommandRunner.Outcome, _ fragment: String) {
        #expect(outcome.status == 73, "\(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty, "printed before refusing: \(outcome.standardOutput.prefix(200))")
        #expect(
            outcome.standardError.hasPrefix("rdfit: error: ") && outcome.standardError.filter { $0 == "\n" }.count == 1,
            "\(outcome.standardError)")
        #expect(outcome.standardError.contains(fragment), "'\(fragment)' not in \(outcome.standardError)")
    }

    @Test(
        "the input file is refused (by inode, through a hard link named *.svg or another spelling); the data is unchanged"
    )
    func inputFile() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = directory.appendingPathComponent("data.csv").path
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        try FileManager.default.linkItem(atPath: data, toPath: directory.appendingPathComponent("hard.svg").path)
        for plot in [directory.appendingPathComponent("hard.svg").path, directory.path + "/./hard.svg"] {
            Self.expectRefused(
                try CommandRunner.run(["estimate", data, "--plot", plot] + Self.estimate), "is the input file")
            Self.expectRefused(
                try CommandRunner.run([
                    "sensitivity", data, "--doubling-time", "9", "--vary", "doubling-time=4:25", "--replicates", "20",
                    "--plot", plot,
                ]), "is the input file")
        }
        // The data file's own name does not end in .svg: a usage error before anything else.
        let own = try CommandRunner.run(["estimate", data, "--plot", data] + Self.estimate)
        #expect(own.status == 64 && own.standardError.contains(".svg"), "\(own.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
        #expect(try Self.entries(directory) == ["data.csv", "hard.svg"])
    }

    @Test(
        "directories, FIFOs and symbolic links named *.svg are refused before anything is printed",
        arguments: ["dir.svg", "fifo.svg", "link.svg", "dangling.svg"])
    func notARegularFile(_ name: String) throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("dir.svg"), withIntermediateDirectories: false)
        #expect(mkfifo(directory.appendingPathComponent("fifo.svg").path, 0o644) == 0)
        let victim = directory.appendingPathComponent("victim.txt")
        try Data("keep me\n".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("link.svg").path, withDestinationPath: victim.path)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("dangling.svg").path,
            withDestinationPath: directory.appendingPathComponent("made.svg").path)
        let before = try Self.entries(directory)
        let path = name.hasPrefix("/") ? name : directory.path + "/" + name
        let fragment = [
            "dir.svg": "is a directory", "fifo.svg": "is a FIFO", "link.svg": "symbolic link",
            "dangling.svg": "symbolic link",
        ][name]!
        Self.expectRefused(try CommandRunner.run(["simulate", "--r", "1.5", "--plot", path]), fragment)
        Self.expectRefused(
            try CommandRunner.run(
                ["estimate", directory.appendingPathComponent("data.csv").path, "--plot", path] + Self.estimate),
            fragment)
        #expect(try Self.entries(directory) == before)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me\n")
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("a read-only file, or one of another owner, is refused and kept")
    func readOnly() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("ro.svg")
        try Data("old".utf8).write(to: file)
        #expect(chmod(file.path, 0o444) == 0)
        Self.expectRefused(try CommandRunner.run(["simulate", "--r", "1.5", "--plot", file.path]), "is read-only")
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
        if geteuid() == 0 {
            #expect(chmod(file.path, 0o644) == 0 && chown(file.path, 12345, 12345) == 0)
            Self.expectRefused(
                try CommandRunner.run(["simulate", "--r", "1.5", "--plot", file.path]), "belongs to another user")
            var info = stat()
            #expect(stat(file.path, &info) == 0 && info.st_uid == 12345)
        }
    }

    @Test("an existing file of the user is replaced keeping its mode; a new one gets 0644 less the umask")
    func modes() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let existing = directory.appendingPathComponent("mine.svg")
        try Data("old".utf8).write(to: existing)
        #expect(chmod(existing.path, 0o600) == 0)
        let replaced = try CommandRunner.run(["simulate", "--r", "1.5", "--plot", existing.path])
        #expect(replaced.status == 0, "\(replaced.standardError)")
        var info = stat()
        #expect(stat(existing.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(
            try String(contentsOf: existing, encoding: .utf8).hasPrefix("<svg")
                || (try String(contentsOf: existing, encoding: .utf8)).hasPrefix("<?xml"))
        let fresh = directory.appendingPathComponent("new.svg").path
        let outcome = try HostileCrashTests.shell(
            "umask 027; \"$RDFIT\" simulate --r 1.5 --plot '\(fresh)' > /dev/null")
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(stat(fresh, &info) == 0 && info.st_mode & 0o777 == 0o640)
        #expect(try Self.entries(directory) == ["data.csv", "mine.svg", "new.svg"])
    }

    @Test("a legal 254-byte file name is written (the temporary name falls back to a short form)")
    func longName() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let name = String(repeating: "n", count: 250) + ".svg"
        let outcome = try CommandRunner.run([
            "simulate", "--r", "1.5", "--plot", directory.appendingPathComponent(name).path,
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(try Self.entries(directory) == ["data.csv", name])
        let tooLong = try CommandRunner.run([
            "simulate", "--r", "1.5", "--plot", directory.appendingPathComponent("nn" + name).path,
        ])
        Self.expectRefused(tooLong, "longer than 255 bytes")
    }

    @Test("temporary names are unpredictable, fit NAME_MAX and never reuse the old PID form")
    func temporaryNames() {
        let names = (0..<100).map { _ in SafeFileWriter.temporaryName(for: "plot.svg") }
        #expect(Set(names).count == 100)
        #expect(
            names.allSatisfy { $0.hasPrefix(".plot.svg.") && $0.hasSuffix(".tmp") && !$0.contains("rdfit-\(getpid())") }
        )
        let long = SafeFileWriter.temporaryName(for: String(repeating: "n", count: 254))
        #expect(long.hasPrefix(".rdfit-") && long.utf8.count <= 255)
    }

    @Test("links, directories and files planted at the old predictable temporary name are left alone")
    func plantedTemporaries() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let victim = directory.appendingPathComponent("victim.txt")
        try Data("keep me\n".utf8).write(to: victim)
        let oldStyle = directory.appendingPathComponent(".out.svg.rdfit-\(getpid()).tmp")
        try FileManager.default.createSymbolicLink(atPath: oldStyle.path, withDestinationPath: victim.path)
        let planted = directory.appendingPathComponent(".out2.svg.rdfit-\(getpid()).tmp")
        try FileManager.default.createDirectory(at: planted, withIntermediateDirectories: false)
        try Data("x".utf8).write(to: planted.appendingPathComponent("inside"))
        try SafeFileWriter.write("<svg/>\n", to: directory.appendingPathComponent("out.svg").path, input: nil)
        try SafeFileWriter.write("<svg/>\n", to: directory.appendingPathComponent("out2.svg").path, input: nil)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me\n")
        #expect(FileManager.default.fileExists(atPath: planted.appendingPathComponent("inside").path))
        #expect(
            try Self.entries(directory)
                == [
                    oldStyle.lastPathComponent, planted.lastPathComponent, "data.csv", "out.svg", "out2.svg",
                    "victim.txt",
                ].sorted())
    }

    @Test(
        "SIGHUP, SIGINT or SIGTERM while the temporary file exists removes it", arguments: [SIGHUP, SIGINT, SIGTERM])
    func signalRemovesTemporary(_ signalNumber: Int32) throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Started from a test-runner thread, which hands on a signal mask blocking SIGINT and
        // SIGTERM: rdfit must unblock them while its temporary file exists.
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["simulate", "--r", "1.5", "--plot", directory.appendingPathComponent("out.svg").path]
        var environment = ProcessInfo.processInfo.environment
        environment["RDFIT_TEST_PLOT_PAUSE_MS"] = "5000"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        var sawTemporary = false
        while Date() < deadline && !sawTemporary {
            sawTemporary = try Self.entries(directory).contains { $0.hasSuffix(".tmp") }
            if !sawTemporary { usleep(10_000) }
        }
        #expect(sawTemporary)
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        #expect(
            process.terminationReason == .uncaughtSignal && process.terminationStatus == signalNumber,
            "\(process.terminationReason.rawValue) \(process.terminationStatus)")
        #expect(try Self.entries(directory) == ["data.csv"])
    }

    @Test("a plot destination with another name (a hard link) is refused; both names keep their contents")
    func hardLinkedDestination() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plot = directory.appendingPathComponent("out.svg")
        let other = directory.appendingPathComponent("kept.svg")
        try Data("<svg>old</svg>\n".utf8).write(to: plot)
        try FileManager.default.linkItem(atPath: plot.path, toPath: other.path)
        let data = directory.appendingPathComponent("data.csv").path
        Self.expectRefused(
            try CommandRunner.run(["estimate", data, "--plot", plot.path] + Self.estimate), "has 2 names (hard links)")
        Self.expectRefused(
            try CommandRunner.run(["simulate", "--r", "1.5", "--plot", other.path]), "has 2 names (hard links)")
        for file in [plot, other] {
            #expect(try String(contentsOf: file, encoding: .utf8) == "<svg>old</svg>\n")
        }
        var info = stat()
        #expect(stat(plot.path, &info) == 0 && info.st_nlink == 2)
        #expect(try Self.entries(directory) == ["data.csv", "kept.svg", "out.svg"])
        // Once the other name is gone the file is an ordinary destination again.
        try FileManager.default.removeItem(at: other)
        let outcome = try CommandRunner.run(["estimate", data, "--plot", plot.path] + Self.estimate)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(try String(contentsOf: plot, encoding: .utf8).contains("<svg"))
    }

    @Test("simulate --plot onto a folder is refused before the table is printed")
    func simulateChecksFirst() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("folder.svg")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        Self.expectRefused(try CommandRunner.run(["simulate", "--r", "1.5", "--plot", folder.path]), "is a directory")
        Self.expectRefused(
            try CommandRunner.run(["simulate", "--r", "1.5", "--plot", directory.path + "/missing/p.svg"]),
            "does not exist")
    }
}
