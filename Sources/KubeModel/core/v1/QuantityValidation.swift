import YAML

/// Checks that a resource quantity's text parses as a Kubernetes `Quantity`; reports an invalid
/// one, with its position and field path, to `context`. Called for every value of a
/// `ResourceList` and for `emptyDir.sizeLimit`.
func validateQuantity(_ text: String, node: Node, path: FieldPath, context: DecodeContext) {
  do {
    _ = try Quantity.parse(text, at: context.location(node.mark), path: path)
  } catch {
    context.report(error)
  }
}
