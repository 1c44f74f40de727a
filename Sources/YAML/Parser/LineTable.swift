/// Where each line of a source starts, so libyaml's (line, column) marks become byte offsets.
///
/// Lines break where libyaml breaks them: LF, CR, CRLF, NEL (U+0085), U+2028 and U+2029. A UTF-8
/// BOM is skipped, as libyaml's reader skips it, so line 1 starts at byte 3. Lines that hold only
/// ASCII map a column to an offset by addition; other lines are walked, resuming from the last
/// lookup when events arrive in order (they nearly always do).
struct LineTable {
  /// The source bytes (shared storage, not a copy).
  let bytes: [UInt8]
  /// Byte offset of the first character of each line; index 0 is line 1.
  private(set) var starts: [Int]
  /// Whether each line is pure ASCII (so column n is at byte start + n).
  private var ascii: [Bool]
  /// The last non-ASCII lookup: 0-based line and column, and the byte offset found.
  private var cache = (line: -1, column: 0, offset: 0)

  /// Builds the table in one pass over the bytes.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts: [Int] = []
    var ascii: [Bool] = []
    starts.reserveCapacity(bytes.count / 24 + 2)
    ascii.reserveCapacity(bytes.count / 24 + 2)
    bytes.withUnsafeBufferPointer { LineTable.scan($0, into: &starts, &ascii) }
    self.starts = starts
    self.ascii = ascii
  }

  /// The number of lines (a final line break opens one more, empty line).
  var lineCount: Int { starts.count }

  private static func scan(_ p: UnsafeBufferPointer<UInt8>, into starts: inout [Int], _ ascii: inout [Bool]) {
    let n = p.count
    var i = hasBOM(p) ? 3 : 0
    var pure = true
    starts.append(i)
    while i < n {
      let b = p[i]
      if b >= 0x20 && b < 0x80 { i += 1; continue }
      var next = i + 1
      if b >= 0x80 {
        pure = false
        guard let width = unicodeBreakWidth(p, at: i) else { i = next; continue }
        next = i + width
      } else if b == 0x0D {
        if next < n && p[next] == 0x0A { next += 1 }
      } else if b != 0x0A {
        i = next; continue
      }
      ascii.append(pure)
      starts.append(next)
      pure = true
      i = next
    }
    ascii.append(pure)
  }

  /// Whether the bytes start with a UTF-8 byte-order mark.
  static func hasBOM(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    p.count >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF
  }

  /// The width of NEL, LS or PS at `i`, or nil when no such break starts there.
  @inline(__always)
  private static func unicodeBreakWidth(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    let b = p[i]
    if b == 0xC2 { return i + 1 < p.count && p[i + 1] == 0x85 ? 2 : nil }
    guard b == 0xE2, i + 2 < p.count, p[i + 1] == 0x80 else { return nil }
    return p[i + 2] == 0xA8 || p[i + 2] == 0xA9 ? 3 : nil
  }
}

extension LineTable {
  /// The byte offset of a 0-based line and character column, clamped to the source.
  @inline(__always)
  mutating func offset(line: Int, column: Int) -> Int {
    guard line >= 0, line < starts.count else { return line < 0 ? 0 : bytes.count }
    if ascii[line] { return Swift.min(starts[line] + column, bytes.count) }
    return walk(line: line, column: column)
  }

  /// Walks a non-ASCII line scalar by scalar, from the cached position when possible.
  private mutating func walk(line: Int, column: Int) -> Int {
    var col = 0
    var i = starts[line]
    if cache.line == line && cache.column <= column { (col, i) = (cache.column, cache.offset) }
    let n = bytes.count
    bytes.withUnsafeBufferPointer { p in
      while col < column && i < n {
        i += LineTable.sequenceWidth(p[i])
        col += 1
      }
    }
    i = Swift.min(i, n)
    cache = (line, col, i)
    return i
  }

  /// The length of the UTF-8 sequence a leading byte announces (1 for stray bytes).
  @inline(__always)
  static func sequenceWidth(_ b: UInt8) -> Int {
    if b < 0xC0 { return 1 }
    if b < 0xE0 { return 2 }
    return b < 0xF0 ? 3 : 4
  }

  /// The mark (1-based line and column) of a byte offset, for reader errors that give only bytes.
  func mark(ofByte offset: Int) -> Mark {
    let offset = Swift.max(0, Swift.min(offset, bytes.count))
    var low = 0
    var high = starts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if starts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    let start = Swift.min(starts[low], offset)
    let scalars = bytes[start..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    return Mark(line: low + 1, column: scalars + 1, offset: offset)
  }
}
