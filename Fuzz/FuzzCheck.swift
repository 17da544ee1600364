// Shared by the fuzz harnesses: an invariant check whose message survives -O (unlike
// precondition's), so a crasher's report says which invariant broke.

/// Stops with `message` when `condition` is false.
func fuzzCheck(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz invariant violated: \(message())") }
}
