/// Spark's name rules (facts §5.3–§5.4).
enum SparkNames {
  /// `<app name>-<uniqueId>` made a valid resource name: trimmed, lower-cased, characters outside
  /// `[a-z0-9-]` → `-`, runs of `-` collapsed, one leading `-` removed, a leading digit → `x`.
  /// Never truncated.
  static func resourceNamePrefix(appName: String, uniqueID: String) -> String {
    var name = collapse(replaceInvalid(trim(appName + "-" + uniqueID).lowercased()))
    if name.hasPrefix("-") { name.removeFirst() }
    if let first = name.first, first.isASCII, first.isNumber { name = "x" + name.dropFirst() }
    return name
  }

  /// The `spark-app-name` label: trimmed, lower-cased, invalid characters → `-`, runs collapsed,
  /// cut to 63 characters, then one leading and one trailing `-` stripped.
  static func appNameLabel(_ appName: String) -> String {
    var name = String(collapse(replaceInvalid(trim(appName).lowercased())).prefix(63))
    if name.hasPrefix("-") { name.removeFirst() }
    if name.hasSuffix("-") { name.removeLast() }
    return name
  }

  /// The driver Service name: `<prefix>-driver-svc` when it fits in 63 characters, else
  /// `spark-<uniqueId>-driver-svc`.
  static func serviceName(prefix: String, fallbackID: String) -> String {
    let preferred = prefix + "-driver-svc"
    return preferred.count <= 63 ? preferred : "spark-\(fallbackID)-driver-svc"
  }

  /// A ConfigMap name cut so that it plus `-conf-map` fits in 253 characters.
  static func configMapName(_ prefix: String) -> String {
    String(prefix.prefix(253 - "-conf-map".count)) + "-conf-map"
  }

  /// The executor's `spec.hostname`: the last 63 characters of the pod name, leading non-word
  /// characters stripped, runs of characters outside `[A-Za-z0-9_-]` replaced by `_`.
  static func executorHostname(_ podName: String) -> String {
    let tail = String(podName.suffix(63)).drop { !isWord($0) }
    var result = ""
    var inRun = false
    for c in tail {
      let ok = isWord(c) || c == "-"
      if !ok && !inRun { result.append("_") }
      if ok { result.append(c) }
      inRun = !ok
    }
    return result
  }

  private static func isWord(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_") }

  private static func trim(_ s: String) -> String {
    let scalars = s.unicodeScalars
    guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
      let last = scalars.lastIndex(where: { $0.value > 0x20 })
    else { return "" }
    return String(scalars[first...last])
  }

  private static func replaceInvalid(_ s: String) -> String {
    String(s.unicodeScalars.map { c -> Character in
      (c.isASCII && (("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "-")) ? Character(c) : "-"
    })
  }

  private static func collapse(_ s: String) -> String {
    var result = ""
    for c in s where !(c == "-" && result.hasSuffix("-")) { result.append(c) }
    return result
  }
}
