/// Line diffs in the unified format (`diff -u`, `git diff`), from Myers' O(ND) algorithm.
public enum UnifiedDiff {
  enum Edit: Equatable {
    case keep(Int, Int), delete(Int), insert(Int)
  }

  /// A unified diff of two texts, or "" when they are equal.
  /// - Parameters:
  ///   - old: the text before (nil: the file does not exist).
  ///   - new: the text after (nil: the file is deleted).
  ///   - oldName: the `---` name.
  ///   - newName: the `+++` name.
  ///   - context: unchanged lines around each change.
  public static func diff(old: String?, new: String?, oldName: String, newName: String, context: Int = 3) -> String {
    guard old != new else { return "" }
    let a = lines(old ?? ""), b = lines(new ?? "")
    let edits = script(a, b)
    var out = "--- \(old == nil ? "/dev/null" : oldName)\n+++ \(new == nil ? "/dev/null" : newName)\n"
    for hunk in hunks(edits, context: context) {
      out += header(hunk)
      for edit in hunk {
        switch edit {
        case .keep(let i, _): out += " " + a[i] + "\n"
        case .delete(let i): out += "-" + a[i] + "\n"
        case .insert(let j): out += "+" + b[j] + "\n"
        }
      }
    }
    return out
  }

  static func lines(_ text: String) -> [String] {
    var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if parts.last == "" { parts.removeLast() }
    return parts
  }

  private static func header(_ hunk: [Edit]) -> String {
    var oldStart = 0, oldCount = 0, newStart = 0, newCount = 0
    var oldSeen = false, newSeen = false
    for edit in hunk {
      switch edit {
      case .keep(let i, let j):
        if !oldSeen { oldStart = i; oldSeen = true }
        if !newSeen { newStart = j; newSeen = true }
        oldCount += 1
        newCount += 1
      case .delete(let i):
        if !oldSeen { oldStart = i; oldSeen = true }
        oldCount += 1
      case .insert(let j):
        if !newSeen { newStart = j; newSeen = true }
        newCount += 1
      }
    }
    if !oldSeen { oldStart = position(before: hunk, old: true) }
    if !newSeen { newStart = position(before: hunk, old: false) }
    func range(_ start: Int, _ count: Int) -> String {
      count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }
    return "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
  }

  /// For a hunk with no lines on one side, the line before which it applies (0 = file start).
  private static func position(before hunk: [Edit], old: Bool) -> Int {
    for edit in hunk {
      switch edit {
      case .insert(let j) where old: return j
      case .delete(let i) where !old: return i
      default: continue
      }
    }
    return 0
  }

  private static func hunks(_ edits: [Edit], context: Int) -> [[Edit]] {
    let changed = edits.indices.filter { if case .keep = edits[$0] { return false } else { return true } }
    guard !changed.isEmpty else { return [] }
    var groups: [ClosedRange<Int>] = []
    for index in changed {
      let range = max(0, index - context)...min(edits.count - 1, index + context)
      if let last = groups.last, range.lowerBound <= last.upperBound + 1 {
        groups[groups.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        groups.append(range)
      }
    }
    return groups.map { Array(edits[$0]) }
  }

  /// The shortest edit script (Myers 1986), deletions before insertions.
  static func script(_ a: [String], _ b: [String]) -> [Edit] {
    let n = a.count, m = b.count, max = n + m
    guard max > 0 else { return [] }
    var v = Array(repeating: 0, count: 2 * max + 2)
    var trace: [[Int]] = []
    search: for d in 0...max {
      trace.append(v)
      for k in stride(from: -d, through: d, by: 2) {
        var x = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? v[max + k + 1] : v[max + k - 1] + 1
        var y = x - k
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        v[max + k] = x
        if x >= n && y >= m { break search }
      }
    }
    var edits: [Edit] = []
    var x = n, y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let v = trace[d]
      let k = x - y
      let previousK = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? k + 1 : k - 1
      let previousX = d == 0 ? 0 : v[max + previousK]
      let previousY = previousX - previousK
      while x > previousX && y > previousY {
        x -= 1
        y -= 1
        edits.append(.keep(x, y))
      }
      if d > 0 {
        if x == previousX { edits.append(.insert(previousY)) } else { edits.append(.delete(previousX)) }
      }
      x = previousX
      y = previousY
    }
    return edits.reversed()
  }
}
