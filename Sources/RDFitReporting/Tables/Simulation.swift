import RDFit

/// Everything `rdfit simulate` computed.
package struct Simulation {
    package let r: Double?
    package let sequence: DoublingSequence?
    package let toyModel: ToyModelScenario?
    package let toyModelDoublings: [ToyModelDoubling]
    package let trainingRuns: TrainingRunSeries?
    package let trainingRunList: [TrainingRun]

    /// Collects the parts of a simulation.
    package init(
        r: Double?, sequence: DoublingSequence?, toyModel: ToyModelScenario?, toyModelDoublings: [ToyModelDoubling],
        trainingRuns: TrainingRunSeries?, trainingRunList: [TrainingRun]
    ) {
        self.r = r
        self.sequence = sequence
        self.toyModel = toyModel
        self.toyModelDoublings = toyModelDoublings
        self.trainingRuns = trainingRuns
        self.trainingRunList = trainingRunList
    }
}
