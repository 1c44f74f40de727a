import YAML

/// Checks that a resource quantity's text parses; reports an invalid one to `context`.
///
/// A placeholder for now: the integrator makes it call `Quantity.parse` and report failures with
/// `context.invalid(_:node:at:)`. Called for every value of a `ResourceList` and for
/// `emptyDir.sizeLimit`.
func validateQuantity(_ text: String, node: Node, path: FieldPath, context: DecodeContext) {}
