import Testing
import YAML

@Test func multiDocumentStreamShape() throws {
  let documents: [Node] = [
    .mapping(["apiVersion": .scalar("v1"), "kind": .scalar("ConfigMap")]),
    .scalar("root"),
    .sequence([.scalar("a"), .scalar("b")]),
    .mapping([]),
    .scalar("", style: .plain),
  ]
  #expect(
    try YAMLEmitter.emit(documents) == """
      ---
      apiVersion: v1
      kind: ConfigMap
      --- root
      ---
      - a
      - b
      --- {}
      ---

      """)
}

@Test func noDocumentsIsEmptyText() throws {
  #expect(try YAMLEmitter.emit([Node]()) == "")
}

/// `|+` content ends in blank lines, so libyaml ends the stream with `...` to close it: the one
/// place a marker appears, and the text still ends in exactly one newline.
@Test func keepBlockAtStreamEnd() throws {
  #expect(try YAMLEmitter.emit([.scalar("a\n\n"), .scalar("b\n\n")]) == "--- |+\n  a\n\n--- |+\n  b\n\n...\n")
}

@Test func nestedBlockCollectionsAreIndentless() throws {
  let node = Node.mapping([
    "spec": .mapping([
      "containers": .sequence([
        .mapping(["name": .scalar("spark"), "args": .sequence([.scalar("--conf"), .scalar("x")])]),
      ]),
      "volumes": .sequence([]),
      "nodeSelector": .mapping([]),
    ]),
    "list": .sequence([.sequence([.scalar("a")]), .mapping(["k": .scalar("v")])]),
  ])
  #expect(
    try YAMLEmitter.emit(node) == """
      ---
      spec:
        containers:
        - name: spark
          args:
          - --conf
          - x
        volumes: []
        nodeSelector: {}
      list:
      - - a
      - k: v

      """)
}

@Test func flowStyleIsHonoured() throws {
  let node = Node.mapping([
    "args": .sequence([.scalar("a"), .scalar("yes"), .scalar("x\ny")], style: .flow),
    "labels": mapping(["app": .scalar("spark"), "nested": .sequence([.scalar("1", style: .plain)])], style: .flow),
  ])
  #expect(
    try YAMLEmitter.emit(node) == """
      ---
      args: [a, "yes", "x\\ny"]
      labels: {app: spark, nested: [1]}

      """)
}

@Test func explicitTagsAreWritten() throws {
  let node = mapping([
    (.scalar("str"), Node(.scalar("0755"), tag: Tag.str, style: .plain)),
    (.scalar("int"), Node(.scalar("10"), tag: Tag.int, style: .doubleQuoted)),
    (.scalar("local"), Node(.scalar("x"), tag: "!foo", style: .plain)),
    (.scalar("nonSpecific"), Node(.scalar("yes"), tag: "!", style: .plain)),
    (.scalar("map"), Node(.mapping([]), tag: Tag.map)),
    (.scalar("set"), Node(.mapping([Node.Pair(key: .scalar("a"), value: .scalar("", style: .plain))]),
                          tag: "tag:yaml.org,2002:set")),
  ])
  #expect(
    try YAMLEmitter.emit(node) == """
      ---
      str: !!str 0755
      int: !!int "10"
      local: !foo x
      nonSpecific: yes
      map: !!map {}
      set: !!set
        a:

      """)
}

@Test func sameTreeSameBytes() throws {
  let node = Node.mapping([
    "metadata": .mapping(["labels": .mapping(["on": .scalar("1"), "app": .scalar("日本 😀")])]),
    "data": .mapping(["script": .scalar("#!/bin/sh\necho hi\n"), "n": .scalar("0755")]),
  ])
  let first = try YAMLEmitter.emit([node, node])
  for _ in 0..<20 { #expect(try YAMLEmitter.emit([node, node]) == first) }
}

@Test func deepTreesDoNotOverflowTheStack() throws {
  var node = Node.scalar("leaf")
  for _ in 0..<20_000 { node = .sequence([node], style: .flow) }
  let text = try YAMLEmitter.emit(node)
  #expect(text.hasPrefix("--- [[[[") && text.hasSuffix("leaf" + String(repeating: "]", count: 20_000) + "\n"))
}

/// libyaml's refusals become a thrown `Diagnostic` carrying libyaml's problem, never a crash.
@Test func libyamlErrorsAreDiagnostics() throws {
  let node = Node.mapping(["k": Node(.scalar("x"), tag: "")])
  #expect {
    try YAMLEmitter.emit(node)
  } throws: { error in
    guard let diagnostic = error as? Diagnostic else { return false }
    return diagnostic.severity == .error && diagnostic.message.contains("tag value must not be empty")
  }
}
