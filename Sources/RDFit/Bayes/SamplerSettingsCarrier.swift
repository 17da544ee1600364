/// A specification whose sampler is set by one ``SamplerSettings`` value: the settings by name,
/// written once for the estimators' internals.
protocol SamplerSettingsCarrier {
    var sampler: SamplerSettings { get }
}

extension SamplerSettingsCarrier {
    var chains: Int { sampler.chains }
    var drawsPerChain: Int { sampler.drawsPerChain }
    var warmUp: Int { sampler.warmUp }
    var seed: UInt64 { sampler.seed }
    var threads: Int { sampler.threads }
    var intervalLevel: Double { sampler.intervalLevel }
    var storedDraws: Int { sampler.storedDraws }
}
