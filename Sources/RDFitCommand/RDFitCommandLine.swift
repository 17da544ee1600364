import ArgumentParser
import Foundation

/// The `rdfit` command: estimate the returns to software R&D from CSV files.
public struct RDFitCommandLine: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rdfit",
        abstract: "Estimate the returns to software R&D (r = λ/β) with honest uncertainty.",
        version: "0.1.0",
        subcommands: [EstimateCommand.self, SensitivityCommand.self, ReproduceCommand.self, SimulateCommand.self]
    )

    public init() {}

    /// Parses `arguments` (without the program name), runs the command and returns the exit status:
    /// 0 success, 64 usage error, 65 data error. Every error is one line on standard error.
    public static func run(arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let error as CommandError {
            Environment.writeError("rdfit: error: \(error.description)\n")
            return error.exitCode
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Environment.writeOutput(message + "\n")
            } else {
                Environment.writeError(message + "\n")
            }
            return code.rawValue
        }
    }

    /// Entry point of the `rdfit` executable.
    public static func runAsMain() -> Never {
        Foundation.exit(run(arguments: Array(CommandLine.arguments.dropFirst())))
    }
}
