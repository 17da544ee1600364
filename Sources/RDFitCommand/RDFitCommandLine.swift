import ArgumentParser

/// The `rdfit` command: estimate the returns to software R&D from CSV files.
public struct RDFitCommandLine: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rdfit",
        abstract: "Estimate the returns to software R&D (r = λ/β) with honest uncertainty.",
        subcommands: []
    )

    public init() {}
}
