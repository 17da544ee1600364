import ArgumentParser
import RDFit

/// `--substitution` and `--compute-substitution`: the elasticity of substitution σ between labour
/// and compute, a number (``NumericValue``) or a second-hand preset name (see the DocC article on
/// the automation loop). Its bounds are the library's to check.
struct SubstitutionElasticity: ParsedOptionValue, Hashable {
    /// The text as given.
    let text: String
    /// σ.
    let value: Double

    /// The preset names.
    static let presets: [String: CESElasticityPreset] = [
        "whitfill-wu-2025": .whitfillWu2025Substitutes, "whitfill-wu-2025-frontier": .whitfillWu2025FrontierScale,
        "cobb-douglas": .cobbDouglas,
    ]

    /// Parses `text`: a preset name (any case) or a number.
    /// - Throws: ``NumericValue/SyntaxError`` for a text that is neither.
    init(parsing text: String) throws {
        if let preset = Self.presets[text.trimmingBlanks.lowercased()] {
            value = preset.modelledElasticity
        } else {
            value = try NumericValue(parsing: text).value
        }
        self.text = text
    }
}
