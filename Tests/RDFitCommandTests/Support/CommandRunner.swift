import Foundation

/// Runs the built `rdfit` executable (the sibling of this test bundle) in the package root.
struct CommandRunner {
    struct Outcome {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The package root, from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `rdfit` binary built beside the test bundle (or `RDFIT_BINARY`).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["RDFIT_BINARY"] { return URL(fileURLWithPath: path) }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("rdfit")
    }()

    /// Runs `rdfit arguments…` with extra environment variables, and `standardInput` on its
    /// standard input (else `/dev/null`).
    static func run(
        _ arguments: [String], environment: [String: String] = [:], standardInput: Data? = nil
    ) throws
        -> Outcome
    {
        try run(executable: binary, arguments: arguments, environment: environment, standardInput: standardInput)
    }

    /// Runs `executable arguments…` in the package root with extra environment variables.
    static func run(
        executable: URL, arguments: [String], environment: [String: String] = [:], standardInput: Data? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = standardInput == nil ? FileHandle.nullDevice : input
        try process.run()
        if let standardInput {
            // Fed from another thread so that a large input cannot block on a full pipe; a child
            // that exits before reading it all must not kill the tests with SIGPIPE.
            signal(SIGPIPE, SIG_IGN)
            let writer = input.fileHandleForWriting
            Thread.detachNewThread {
                try? writer.write(contentsOf: standardInput)
                try? writer.close()
            }
        }
        // Read both pipes before waiting so a large output cannot fill a pipe and block.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String = "data.csv") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rdfit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
