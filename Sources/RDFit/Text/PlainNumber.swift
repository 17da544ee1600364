/// Numbers as they read in messages: whole values without a decimal point (`2015`, not `2015.0`),
/// others as Swift prints them.
package enum PlainNumber {
    /// `x` as message text, e.g. "2015", "0.5", "1e+300".
    package static func text(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
