extension ReturnsRequest {
    /// The output growth the request states: exactly one of ``output``, ``doublingTime``,
    /// ``growthFactor`` (with ``growthHorizon``) or ``growthMultiple``, with the optional
    /// ``interval`` on a stated quantity.
    /// - Throws: ``SpecificationError`` for no output or two, a horizon or interval without the
    ///   quantity it goes with, or values ``OutputGrowth/validate()`` refuses.
    public func outputGrowth() throws -> OutputGrowth {
        let stated = [
            output.map { _ in Setting.output }, doublingTime.map { _ in Setting.doublingTime },
            growthFactor.map { _ in Setting.growthFactor }, growthMultiple.map { _ in Setting.growthMultiple },
        ].compactMap { $0 }
        guard stated.count <= 1 else {
            throw SpecificationError(
                setting: stated[1],
                message: "give one output: \(stated.map(\.mention).joined(separator: " and ")) were both given")
        }
        guard let form = stated.first else {
            throw SpecificationError(
                setting: .output,
                message:
                    "say how software quality grows: \(Setting.output.mention) COL (a level series), \(Setting.doublingTime.mention) MONTHS, \(Setting.growthFactor.mention) F \(Setting.growthHorizon.mention) YEARS, or \(Setting.growthMultiple.mention) M"
            )
        }
        if growthHorizon != nil && form != .growthFactor {
            throw SpecificationError(setting: .growthHorizon, message: "goes with \(Setting.growthFactor.mention)")
        }
        var quantityInterval: QuantityInterval?
        if let interval {
            guard form != .output else {
                throw SpecificationError(
                    setting: .interval,
                    message:
                        "an interval goes with \(Setting.doublingTime.mention), \(Setting.growthFactor.mention) or \(Setting.growthMultiple.mention), not with a level series (its uncertainty comes from the bootstrap)"
                )
            }
            quantityInterval = try QuantityInterval(
                lower: interval.lowerBound, upper: interval.upperBound, level: intervalLevel ?? 0.95)
        } else if intervalLevel != nil {
            throw SpecificationError(setting: .intervalLevel, message: "goes with \(Setting.interval.mention) LO:HI")
        }
        let result: OutputGrowth
        switch form {
        case .output:
            result = .series(name: output!)
        case .doublingTime:
            result = .doublingTime(months: doublingTime!, interval: quantityInterval)
        case .growthFactor:
            guard let growthHorizon else {
                throw SpecificationError(
                    setting: .growthFactor,
                    message:
                        "give the horizon with \(Setting.growthHorizon.mention) YEARS, e.g. \(Setting.growthFactor.mention) 9 \(Setting.growthHorizon.mention) 20"
                )
            }
            result = .growthFactor(factor: growthFactor!, years: growthHorizon, interval: quantityInterval)
        default:
            result = .growthMultiple(perYear: growthMultiple!, interval: quantityInterval)
        }
        try result.validate()
        return result
    }
}
