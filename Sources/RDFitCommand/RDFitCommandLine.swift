import ArgumentParser
import RDFit

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The `rdfit` command: estimate the returns to software R&D from CSV files.
public struct RDFitCommandLine: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rdfit",
        abstract: "Estimate the returns to software R&D (r = λ/β) with honest uncertainty.",
        version: "0.1.0",
        subcommands: subcommandsByName.map(\.command)
    )

    /// The subcommands with their names (each its configuration's `commandName`, which
    /// `SubcommandDirectParseTests.namesMatch` checks), in help order. Finding the subcommand a command line names
    /// through this table builds no other subcommand's configuration: their help texts take
    /// run-time type lookups that cost a short run about a millisecond (issue 13).
    static let subcommandsByName: [(name: String, command: ParsableCommand.Type)] = [
        ("estimate", EstimateCommand.self), ("sensitivity", SensitivityCommand.self),
        ("reproduce", ReproduceCommand.self), ("simulate", SimulateCommand.self),
    ]

    public init() {}

    /// Parses `arguments` (without the program name), runs the command and returns the exit status:
    /// 0 success, 64 usage error, 65 data error. Every error is one line on standard error.
    public static func run(arguments: [String]) -> Int32 {
        do {
            if let error = ArgumentLimits.check(arguments) { throw error }
            if let error = SubcommandSuggestion.error(for: arguments, subcommands: subcommandNames) { throw error }
            LeastSquaresPreload.start(for: arguments)
            var command =
                try SubcommandDirectParse.parse(arguments, subcommands: subcommandsByName)
                ?? parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let exit as ExitCode {
            // A command that has printed its report and only sets the status (reproduce's misses).
            return exit.rawValue
        } catch {
            // A command's own error, thrown from run() or from a validate() check between options.
            if let failure = CommandError.found(in: error) {
                return Environment.writeError("rdfit: error: \(MessageText.escaped(failure.description))\n")
                    ? failure.exitCode : CommandError.ioError
            }
            let code = exitCode(for: error)
            if code == .success {
                do {
                    try Environment.writeOutput(fullMessage(for: error) + "\n")
                } catch let failure as CommandError {
                    return Environment.writeError("rdfit: error: \(failure.description)\n")
                        ? failure.exitCode : CommandError.ioError
                } catch {}
            } else if !Environment.writeError(
                "rdfit: error: \(MessageText.escaped(oneLineMessage(for: error, arguments: arguments)))\n")
            {
                return CommandError.ioError
            }
            return code.rawValue
        }
    }

    /// A parsing error on one line (ArgumentParser's own adds help and usage lines), with a hint
    /// for the commonest trap: a negative number read as an option.
    static func oneLineMessage(for error: Error, arguments: [String]) -> String {
        let lines = message(for: error).split(separator: "\n").map(String.init)
        var first = NumericValue.optionMessage(lines.first ?? "\(error)")
        // ArgumentParser lists more than a few accepted values one per line ("- value"): keep them.
        if first.hasSuffix("one of the following:") {
            let values = lines.dropFirst().map { $0.trimmingBlanks }
                .prefix { $0.hasPrefix("- ") }.map { "'\($0.dropFirst(2))'" }
            if !values.isEmpty {
                first = String(first.dropLast("the following:".count)) + values.joined(separator: ", ")
            }
        }
        var message = ArgumentLimits.shortened(first, arguments: arguments)
        if message.hasPrefix("Missing value"),
            arguments.contains(where: { $0.count > 1 && $0.hasPrefix("-") && $0.dropFirst().first?.isNumber == true })
        {
            message += " (a value that starts with '-' is read as an option; write it as --option=VALUE)"
        }
        if message.hasSuffix(".") { message.removeLast() }
        let help =
            arguments.first.map { subcommandNames.contains($0) ? "rdfit \($0) --help" : "rdfit --help" }
            ?? "rdfit --help"
        return message + "; see '\(help)'"
    }

    /// The subcommands' names, in help order.
    static var subcommandNames: [String] { subcommandsByName.map(\.name) }

    /// Entry point of the `rdfit` executable.
    public static func runAsMain() -> Never {
        AllocatorSettings.apply()
        StandardStreams.reserveDescriptors()
        Glibc.exit(run(arguments: Array(CommandLine.arguments.dropFirst())))
    }
}
