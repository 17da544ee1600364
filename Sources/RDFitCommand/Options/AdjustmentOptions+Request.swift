import RDFit

extension AdjustmentOptions {
    /// The options as the library's request (``AdjustmentRequest``).
    var request: AdjustmentRequest {
        var request = AdjustmentRequest()
        request.spillovers = spillovers.map { InputWeightAssignment(column: $0.name, weight: $0.value.weight) }
        request.spilloverShares = spilloverShares.map {
            InputWeightAssignment(column: $0.name, weight: $0.value.weight)
        }
        request.computeShare = computeShare?.weight
        request.outputMultipliers = outputMultipliers.map {
            AdjustmentRequest.Multiplier(name: $0.name, value: $0.value.weight)
        }
        return request
    }
}
