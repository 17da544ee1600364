#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension SeriesData {
    /// The mean input flow over transition i, I_i(1)/(t_(i+1) − t_i).
    public func meanInputFlow(_ i: Int) -> Double {
        inputIntegral(i, lambda: 1) / (endDates[i] - startDates[i])
    }

    /// The input's growth over the whole series, per year (natural log), by the endpoints rule of
    /// the mean flows of the first and last transitions:
    /// g_I = ln(Ē_last/Ē_first)/(m_last − m_first), m the transitions' midpoints. NaN when the
    /// two midpoints coincide. The full-series posterior's characteristic time uses it.
    public var inputGrowthRate: Double {
        let last = transitionCount - 1
        let span = (startDates[last] + endDates[last]) / 2 - (startDates[0] + endDates[0]) / 2
        guard span > 0 else { return .nan }
        return log(meanInputFlow(last) / meanInputFlow(0)) / span
    }

    /// The output's growth over the whole series, ln(A_n/A_0)/(t_n − t_0), per year.
    public var outputGrowthRate: Double {
        let last = transitionCount - 1
        return (logEnd[last] - logStart[0]) / (endDates[last] - startDates[0])
    }
}
