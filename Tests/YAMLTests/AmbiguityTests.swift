import Testing
import YAML

/// Strings some reader (PyYAML, go-yaml v2, YAML 1.2 core) resolves to a non-string.
/// `y`/`n`, `0o17`, `0X1f`, `+_1`, `-.5`, `1e3`, `09` and `2001-1-2` are strings to PyYAML but not
/// to go-yaml v2 or YAML 1.2; the rest are checked against PyYAML's resolver too.
private let ambiguous: [String] = [
  "", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
  "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
  "~", "<<", "=", "0", "1", "-1", "+1", "0755", "0o17", "0x1F", "0X1f", "-0x1F", "0b1010",
  "1_000", "1__", "+_1", "1.5", "1.", "-1.5", ".5", "+.5", "-.5", "1e3", "1E3", "1e-3",
  "1.0e+3", "1.e3", "1_0e1_0", "09", "0_9", ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan",
  ".NaN", ".NAN", "1:20", "190:20:30.15", "12:30", "-1:20", "0:30.5", "1:2:3:4", "2001-12-14",
  "2001-1-2", "2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43Z",
  "2001-12-14 21:59:43.10 -5", "2001-12-14 21:59:43.10", "2002-12-14  1:02:03.0 +05:30", "0b_",
  "0x_",
]

/// Strings every reader reads as strings (checked against PyYAML's resolver while developing).
private let unambiguous: [String] = [
  "1.2.3", "v1", "500m", "1Gi", "0.5Gi", "yes please", "e3", "1e", "._", "-", "+", "..", "1e+",
  "0x", "0xG", "0b2", "0o8", "NaN", "nan", "inf", "Infinity", "-.nan", ".infinity", "0:30",
  "1:60", "1:123", "12:30:", "2001-12", "2001-12-14x", "20011-12-14", "2001-12-14T",
  "2001-12-14 25", "yES", "Off.", "null?", "tru", "1 2", "1,000", "$1", "1.5.", "3.14.15",
  "1_000_x", "x1", ":1", "1:", "-inf", "+-1", "1e3e3", "0.5.", "1.2e", "2001-12-14T21:59",
  "2001-12-14T21:59:43+", "2001-12-14T21:59:43+05:3", "12h", "1/2", "10%", "1-2", "é", "日本",
  "😀", "yesé",
]

@Test(arguments: ambiguous)
func ambiguousStringsNeedQuotes(_ text: String) {
  #expect(Ambiguity.needsQuotes(text), "\(text.debugDescription) must be quoted")
}

@Test(arguments: unambiguous)
func ordinaryStringsStayPlain(_ text: String) {
  #expect(!Ambiguity.needsQuotes(text), "\(text.debugDescription) needs no quotes")
}

@Test func longDigitStringsAreStillChecked() {
  #expect(Ambiguity.needsQuotes(String(repeating: "9", count: 10_000)))  // an int to PyYAML
  #expect(!Ambiguity.needsQuotes(String(repeating: "9", count: 10_000) + "x"))
}
