/// The Cobb-Douglas weights ε_j that combine several inputs into one research input,
/// F = Π I_j^(ε_j), so g_E = Σ ε_j·g_j (<doc:SteadyStateEstimation>).
///
/// Rules: no weights given → equal fixed weights; weights given for all inputs but one → that one
/// takes the remainder 1 − Σ(others) in every draw; weights given for every input → their central
/// values must sum to 1 (±1e-6) and each draw is renormalised to sum to 1.
public struct CobbDouglasWeights: Sendable, Hashable, Codable {
    /// Input names, in order.
    public let names: [String]
    /// The stated weight of each input; nil for the one that takes the remainder.
    public let stated: [InputWeight?]

    /// Resolves the weights of `names` from the stated ones.
    /// - Throws: ``SpecificationError`` (`.weight`) for a name that is not an input, a weight
    ///   outside [0, 1], several inputs without weights, or central weights not summing to 1.
    public init(names: [String], given: [String: InputWeight]) throws {
        for name in given.keys where !names.contains(name) {
            var message = "'\(name)' is not one of the inputs (\(names.joined(separator: ", ")))"
            if let suggestion = NearestName.suggestion(for: name, among: names) {
                message += "; did you mean '\(suggestion)'?"
            }
            throw SpecificationError(setting: .weight, message: message)
        }
        for (name, weight) in given { try weight.validate(name: name) }
        self.names = names
        if given.isEmpty {
            stated = names.map { _ in .fixed(1 / Double(names.count)) }
            return
        }
        let missing = names.filter { given[$0] == nil }
        if missing.count > 1 {
            throw SpecificationError(
                setting: .weight,
                message:
                    "give a weight for every input, or for all but one (which takes the remainder); no weight for \(missing.map { "'\($0)'" }.joined(separator: ", "))"
            )
        }
        stated = names.map { given[$0] }
        let centralSum = given.values.reduce(0) { $0 + $1.central }
        if missing.isEmpty {
            if abs(centralSum - 1) > 1e-6 {
                throw SpecificationError(
                    setting: .weight,
                    message:
                        "the weights sum to \(centralSum); Cobb-Douglas weights must sum to 1 (or leave one input out to take the remainder)"
                )
            }
        } else {
            let maxSum = given.values.reduce(0) { $0 + $1.range.high }
            if centralSum > 1 + 1e-9 || maxSum > 1 + 1e-9 {
                throw SpecificationError(
                    setting: .weight,
                    message:
                        "the stated weights can sum to \(max(centralSum, maxSum)) > 1, leaving a negative remainder for '\(missing[0])'"
                )
            }
        }
    }

    /// The weights at their central values.
    public var central: [Double] { resolve(stated.map { $0?.central }) }

    /// One Monte-Carlo draw of all weights.
    public func draw(using generator: inout Xoshiro256StarStar) -> [Double] {
        resolve(
            stated.map { weight -> Double? in
                guard let weight else { return nil }
                return weight.isRange ? weight.draw(using: &generator) : weight.central
            })
    }

    /// ``draw(using:)`` written into `result` (one value per input) without allocating: the same
    /// draws from `generator` and the same arithmetic, so the same values to the bit.
    func draw(into result: UnsafeMutablePointer<Double>, using generator: inout Xoshiro256StarStar) {
        let count = stated.count
        var missing = -1
        for j in 0..<count {
            guard let weight = stated[j] else {
                if missing < 0 { missing = j }
                result[j] = 0
                continue
            }
            result[j] = weight.isRange ? weight.draw(using: &generator) : weight.central
        }
        var sum = 0.0
        for j in 0..<count { sum += result[j] }
        if missing >= 0 {
            result[missing] = max(0, 1 - sum)
        } else if sum > 0 {
            for j in 0..<count { result[j] /= sum }
        }
    }

    /// Whether any weight is uncertain.
    public var hasRanges: Bool {
        stated.contains { $0?.isRange ?? false }
            || (stated.contains { $0 == nil } && stated.contains { $0?.isRange ?? false })
    }

    private func resolve(_ values: [Double?]) -> [Double] {
        if let missing = values.firstIndex(where: { $0 == nil }) {
            var result = values.map { $0 ?? 0 }
            result[missing] = max(0, 1 - result.reduce(0, +))
            return result
        }
        let w = values.map { $0! }
        let sum = w.reduce(0, +)
        return sum > 0 ? w.map { $0 / sum } : w
    }
}
