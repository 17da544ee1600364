import Foundation
import RDFitTestSupport
import Testing

/// Every command's `--format json`, run on the bundled data through the command's own code path,
/// validated against its documented schema in `Docs/json-schema/`.
@Suite("The JSON contract: real outputs validate against Docs/json-schema")
struct JSONContractTests {
    static func schema(_ name: String) throws -> JSONSchemaValidator {
        let url = CommandRunner.packageRoot.appendingPathComponent("Docs/json-schema/\(name).schema.json")
        return JSONSchemaValidator(
            schema: try JSONValue.parse(String(decoding: try Data(contentsOf: url), as: UTF8.self)))
    }

    /// Runs `arguments` with `--format json` and validates the output against `schema`.
    @discardableResult
    static func validated(_ arguments: [String], schema name: String) throws -> JSONValue {
        let outcome = try CommandRunner.run(arguments + ["--format", "json"])
        #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
        let json = try JSONValue.parse(outcome.standardOutput)
        let errors = try schema(name).errors(in: json)
        #expect(errors.isEmpty, "\(arguments.joined(separator: " ")):\n\(errors.prefix(10).joined(separator: "\n"))")
        #expect(json["schemaVersion"] == .number(1, isInteger: true))
        return json
    }

    static let estimateCases: [[String]] =
        AdjustmentCommandTests.bundled.map { ["estimate", $0.file, "--seed", "4", "--replicates", "200"] + $0.extra }
        + [
            [
                "estimate", "Data/computer-vision.csv", "--seed", "4", "--replicates", "200", "--compute-share",
                "0.5:0.8", "--output-multiplier", "post-training=1:2",
            ],
            [
                "estimate", "Data/openalex-deep-learning-ai.csv", "--doubling-time", "8", "--spillover",
                "artificial_intelligence_country_sum=0.01:0.1", "--spillover-share",
                "artificial_intelligence_country_sum=0.5", "--seed", "3", "--replicates", "100",
            ],
            [
                "estimate", "Tests/Fixtures/good/jones.csv", "--method", "jones-ols", "--output", "quality", "--seed",
                "1", "--replicates", "200",
            ],
            [
                "estimate", "Data/computer-vision.csv", "--method", "bayes-endpoint", "--chains", "2", "--draws", "300",
                "--warmup", "200", "--seed", "5",
            ],
        ]

    @Test("estimate (steady-state on every bundled file, adjustments, Jones, Bayes)", arguments: estimateCases)
    func estimate(arguments: [String]) throws {
        let json = try Self.validated(arguments, schema: "estimate")
        // Every key is present even when its value is undefined or not applicable.
        for key in ["lambda", "beta", "quantiles", "sampler", "adjusted", "naiveR", "bootstrap", "draws"] {
            #expect(json[key] != nil, "\(key) left out")
        }
    }

    @Test("estimate --method mle on the bundled chess series")
    func estimateMLE() throws {
        let json = try Self.validated(
            ["estimate", "Data/series/chess-stockfish.csv", "--replicates", "10", "--seed", "2"], schema: "estimate-mle"
        )
        #expect(json["draws"]?.array?.isEmpty == false)
    }

    @Test("sensitivity, one-way and with a two-way grid")
    func sensitivity() throws {
        let base = ["sensitivity", "Data/computer-vision.csv", "--replicates", "50", "--points", "3", "--seed", "1"]
        let one = try Self.validated(base + ["--vary", "doubling-time=4:25"], schema: "sensitivity")
        #expect(one["grid"] == .null)
        let two = try Self.validated(
            base + ["--vary", "doubling-time=4:25", "--vary", "compute-share=0.2:0.6"], schema: "sensitivity")
        #expect(two["grid"]?["median"]?.array?.count == 3)
    }

    @Test("reproduce (the fast tables)", arguments: ["worked-examples", "proxy2", "table4-other"])
    func reproduce(table: String) throws {
        try Self.validated(["reproduce", table], schema: "reproduce")
    }

    @Test(
        "simulate: a doubling sequence, the toy model, training runs",
        arguments: [
            ["--r", "1.5"], ["--r", "0.9", "--first-doubling-days", "3", "--horizon", "24"], ["--paper-growth", "1.5"],
            ["--training-run-ratio", "1.5", "--first-training-run", "2"],
        ])
    func simulate(arguments: [String]) throws {
        try Self.validated(["simulate"] + arguments, schema: "simulate")
    }

    @Test("simulate --runs (the automation-loop Monte Carlo)")
    func simulateRuns() throws {
        try Self.validated(["simulate", "--runs", "200", "--seed", "1"], schema: "simulate-runs")
    }

    @Test("the validator rejects a missing field, an undocumented field, a wrong type and a value outside an enum")
    func validatorCanFail() throws {
        let validator = try Self.schema("estimate")
        let outcome = try CommandRunner.run([
            "estimate", "Data/computer-vision.csv", "--seed", "1", "--replicates", "50", "--format", "json",
        ])
        let json = try JSONValue.parse(outcome.standardOutput)
        #expect(validator.errors(in: json).isEmpty)
        guard case let .object(members) = json else { Issue.record("not an object"); return }
        let missing = JSONValue.object(members.filter { $0.key != "seedWasDrawn" })
        #expect(validator.errors(in: missing).contains { $0.contains("seedWasDrawn") })
        let extra = JSONValue.object(members + [(key: "undocumented", value: .null)])
        #expect(validator.errors(in: extra).contains { $0.contains("undocumented") })
        let wrongType = JSONValue.object(
            members.map { $0.key == "seed" ? (key: "seed", value: .string("4")) : $0 })
        #expect(validator.errors(in: wrongType).contains { $0.contains("$.seed") })
        let emptyObject = JSONValue.object(
            members.map { $0.key == "naiveR" ? (key: "naiveR", value: .object([])) : $0 })
        #expect(validator.errors(in: emptyObject).contains { $0.contains("$.naiveR") })
        let badEnum = JSONValue.object(
            members.map { $0.key == "method" ? (key: "method", value: .string("ols")) : $0 })
        #expect(validator.errors(in: badEnum).contains { $0.contains("$.method") })
        let unsupported = JSONSchemaValidator(schema: .object([(key: "oneOf", value: .array([]))]))
        #expect(unsupported.errors(in: .null).contains { $0.contains("unsupported") })
    }
}
