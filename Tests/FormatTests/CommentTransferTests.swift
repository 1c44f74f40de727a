import Format
import Testing
import YAML

/// Formats text and returns the canonical output, failing the test on diagnostics.
func formatted(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
  let outcome = CanonicalFormatter.format(Array(text.utf8), file: "t.yaml")
  #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)", sourceLocation: sourceLocation)
  return outcome.text ?? ""
}

@Suite struct CommentTransferTests {
  @Test func headCommentsMoveWithTheirKeys() {
    let source = """
      kind: ConfigMap
      # the name
      metadata:
        name: x
      # first comes apiVersion after formatting
      apiVersion: v1

      """
    #expect(
      formatted(source) == """
        ---
        # first comes apiVersion after formatting
        apiVersion: v1
        kind: ConfigMap
        # the name
        metadata:
          name: x

        """)
  }

  @Test func trailingCommentsStayOnTheirLine() {
    let source = """
      apiVersion: v1  # core
      kind: Pod
      metadata: # meta
        name: p   # the name
      spec:
        containers:
        - name: c # main
          args: ["a", "b"]  # flow list
          command:
          - run # first

      """
    let output = formatted(source)
    #expect(output.contains("apiVersion: v1 # core\n"))
    #expect(output.contains("metadata: # meta\n"))
    #expect(output.contains("  name: p # the name\n"))
    #expect(output.contains("- name: c # main\n"))
    #expect(output.contains("- run # first\n"))
    #expect(output.contains("# flow list"))
  }

  @Test func documentCommentsAndSequenceItems() {
    let source = """
      # head of the file
      apiVersion: v1
      kind: Pod
      spec:
        containers:
        # the only container
        - name: c
      # tail of the first document
      ---
      # head of the second
      apiVersion: v1
      kind: Namespace

      """
    #expect(
      formatted(source) == """
        # head of the file
        ---
        apiVersion: v1
        kind: Pod
        spec:
          containers:
          # the only container
          - name: c
        # tail of the first document
        ---
        # head of the second
        apiVersion: v1
        kind: Namespace

        """)
  }

  @Test func hashInsideStringsIsNotAComment() {
    let source = """
      apiVersion: v1
      kind: ConfigMap
      data:
        a: "x # not a comment"
        b: |
          # not a comment either
          line
        c: 'y #z'

      """
    let output = formatted(source)
    #expect(output.contains("'x # not a comment'"))
    #expect(output.contains("  # not a comment either\n"))
    #expect(CanonicalFormatter.format(Array(output.utf8), file: "t.yaml").isCanonical)
  }

  @Test func commentAfterBlockScalarHeaderIsKept() {
    let source = """
      apiVersion: v1
      kind: ConfigMap
      data:
        script: |  # shell
          echo hi

      """
    #expect(formatted(source).contains("script: | # shell\n"))
  }

  @Test func commentInsideFlowCollectionRefusesToFormat() {
    let source = """
      apiVersion: v1
      kind: Pod
      spec:
        containers: [
          # inside the flow list
          {name: c}
        ]

      """
    let outcome = CanonicalFormatter.format(Array(source.utf8), file: "t.yaml")
    #expect(outcome.text == nil)
    #expect(outcome.diagnostics.first?.location?.mark.line == 5)
    #expect(outcome.diagnostics.first?.description.hasPrefix("t.yaml:5:5: error: cannot place") == true)
  }

  @Test func formattingIsIdempotent() {
    let source = """
      kind: Pod   # k
      apiVersion: v1
      metadata:
        labels: {b: "2", a: "1"}  # sorted
        name: p
      # before spec
      spec:
        nodeSelector:
          zone: a

      """
    let once = formatted(source)
    let twice = CanonicalFormatter.format(Array(once.utf8), file: "t.yaml")
    #expect(twice.isCanonical, "\(once)\n----\n\(twice.text ?? "")")
  }

  @Test func nonKubernetesYAMLPassesThroughByteForByte() {
    let source = "# values\nreplicas: 1\nimage: {tag: latest}   \n"
    let outcome = CanonicalFormatter.format(Array(source.utf8), file: "values.yaml")
    #expect(outcome.isPassthrough)
    #expect(outcome.isCanonical)
    #expect(outcome.text == source)
  }
}
