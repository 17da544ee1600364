import ArgumentParser
import Testing

@testable import RDFitCommand

/// A file's `# rdfit:` tokens parse to the options `EstimateOptions.parse` gives, and tokens that
/// do not parse fail with its error.
@Suite("file defaults parse")
struct FileDefaultsParseTests {
    @Test(
        "the same options as EstimateOptions.parse",
        arguments: [
            [], ["--growth", "endpoints", "--over", "10"], ["--growth-factor", "2^(120/9)", "--replicates", "500"],
            ["--method", "mle", "--noise", "stable", "--holdout", "0.2"], ["--seed=7", "--interval-level", "0.8"],
        ])
    func sameOptions(tokens: [String]) throws {
        let parsed = try FileDefaultsParse.options(from: tokens)
        let reference = try EstimateOptions.parse(tokens)
        #expect(String(describing: parsed) == String(describing: reference))
    }

    @Test(
        "tokens that do not parse give EstimateOptions.parse's error",
        arguments: [
            ["--help"], ["--version"], ["--generate-completion-script", "bash"], ["--replicates", "many"],
            ["--no-such-option"], ["stray"],
        ])
    func sameErrors(tokens: [String]) {
        var message: String?
        do { _ = try FileDefaultsParse.options(from: tokens) } catch { message = EstimateOptions.message(for: error) }
        var reference: String?
        do { _ = try EstimateOptions.parse(tokens) } catch { reference = EstimateOptions.message(for: error) }
        #expect(message != nil)
        #expect(message == reference)
    }
}
