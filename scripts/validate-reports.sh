#!/usr/bin/env bash
# Validates reports against the official schemas in schemas/ with real validators:
#   SARIF 2.1.0 with PyPI jsonschema (Draft4Validator), JUnit with xmllint --schema (libxml2-utils).
# Usage: scripts/validate-reports.sh [--lint PATH/TO/kubespark] [FILE…]
#   default files: the golden reports in fixtures/reporters/; with --lint, also the SARIF, JUnit and
#   checkstyle reports that binary writes for fixtures/reporters/project/ (a real run).
# *.sarif / *.json files are checked as SARIF, *.checkstyle.xml files as well-formed XML (checkstyle
# has no official schema), other *.xml files as JUnit. Installs what is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v xmllint >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq libxml2-utils >/dev/null
  else
    echo "validate-reports: xmllint is missing (install libxml2-utils)" >&2; exit 2
  fi
fi
if ! python3 -c 'import jsonschema' 2>/dev/null; then
  python3 -m pip install -q jsonschema 2>/dev/null || python3 -m pip install -q --break-system-packages jsonschema
fi

lint=""
if [ "${1:-}" = "--lint" ]; then
  lint=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
  shift 2
fi
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=("$root/fixtures/reporters/expected.sarif" "$root/fixtures/reporters/expected.junit.xml"
    "$root/fixtures/reporters/expected.checkstyle.xml")
fi

pass=0
fail=0
if [ -n "$lint" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  for format in sarif junit checkstyle; do
    ext=$format; [ "$format" = junit ] && ext=junit.xml; [ "$format" = checkstyle ] && ext=checkstyle.xml
    (cd "$root/fixtures/reporters/project" &&
      "$lint" lint --context none --fail-on never --format "$format" --output "$out/lint.$ext" . 2>/dev/null) ||
      { fail=$((fail + 1)); echo "FAIL kubespark lint --format $format"; }
    files+=("$out/lint.$ext")
  done
fi
for file in "${files[@]}"; do
  case "$file" in
    *.sarif|*.json)
      if python3 - "$root/schemas/sarif-schema-2.1.0.json" "$file" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
log = json.load(open(sys.argv[2], encoding="utf-8"))
jsonschema.Draft4Validator.check_schema(schema)
errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=lambda e: list(map(str, e.absolute_path)))
for error in errors:
    print("%s: %s: %s" % (sys.argv[2], "/".join(map(str, error.absolute_path)) or "(root)", error.message))
# Beyond the schema: what code scanning needs from kubespark's logs.
assert log["version"] == "2.1.0" and len(log["runs"]) == 1, "one run of SARIF 2.1.0"
run = log["runs"][0]
assert run.get("columnKind") == "unicodeCodePoints", "columnKind stated"
rules = run["tool"]["driver"]["rules"]
for result in run.get("results", []):
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"], "ruleIndex points at ruleId"
    for location in result["locations"]:
        uri = location["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith("/") and "://" not in uri and "\\" not in uri, "relative URI: " + uri
        assert uri.isascii(), "percent-encoded URI: " + uri
    assert "kubespark/v1" in result["partialFingerprints"]
sys.exit(1 if errors else 0)
PY
      then pass=$((pass + 1)); echo "ok   SARIF $file"; else fail=$((fail + 1)); echo "FAIL SARIF $file"; fi
      ;;
    *.checkstyle.xml)
      if xmllint --noout "$file" 2>/tmp/validate-reports.err && grep -q '<checkstyle version=' "$file"; then
        pass=$((pass + 1)); echo "ok   checkstyle $file"
      else
        fail=$((fail + 1)); echo "FAIL checkstyle $file"; cat /tmp/validate-reports.err
      fi
      ;;
    *.xml)
      if xmllint --noout --schema "$root/schemas/junit.xsd" "$file" 2>/tmp/validate-reports.err; then
        pass=$((pass + 1)); echo "ok   JUnit $file"
      else
        fail=$((fail + 1)); echo "FAIL JUnit $file"; cat /tmp/validate-reports.err
      fi
      ;;
    *) echo "validate-reports: don't know how to validate $file" >&2; fail=$((fail + 1)) ;;
  esac
done
echo "validate-reports: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
