import RDFit

extension SamplerSettings {
    /// These settings with the given ones replaced: tests state only what they change.
    public func changed(
        chains: Int? = nil, drawsPerChain: Int? = nil, warmUp: Int? = nil, seed: UInt64? = nil, threads: Int? = nil,
        intervalLevel: Double? = nil, storedDraws: Int? = nil
    ) -> SamplerSettings {
        SamplerSettings(
            chains: chains ?? self.chains, drawsPerChain: drawsPerChain ?? self.drawsPerChain,
            warmUp: warmUp ?? self.warmUp, seed: seed ?? self.seed, threads: threads ?? self.threads,
            intervalLevel: intervalLevel ?? self.intervalLevel, storedDraws: storedDraws ?? self.storedDraws)
    }
}
