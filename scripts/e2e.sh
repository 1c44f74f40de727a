#!/usr/bin/env bash
# End-to-end checks of the built binary against real-world consumers and hostile inputs.
#   scripts/e2e.sh PATH/TO/kubespark
set -euo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.."
fail=0
pass=0
check() { # name, expected exit code, command...
  local name=$1 want=$2; shift 2
  local got=0
  "$@" >/tmp/e2e.out 2>/tmp/e2e.err || got=$?
  if [ "$got" -eq "$want" ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL $name: exit $got, wanted $want"; head -5 /tmp/e2e.err; fi
}

check "--version" 0 "$bin" --version
check "fmt example" 0 "$bin" fmt examples/spark-pi
check "fmt --check example" 0 "$bin" fmt --check examples/spark-pi
check "usage error" 64 "$bin" fmt --check --write examples
check "missing file" 2 "$bin" fmt does/not/exist.yaml

# `kubespark generate` output lints clean under the default policy (warnings fail too).
check "lint generated example" 0 "$bin" lint --fail-on warning examples/team-a

# Hostile inputs: exit 2 with a positioned message, within 5 s and 1 GiB of memory.
for f in fixtures/hostile/*.yaml fixtures/yaml/bad/*.yaml; do
  [ -e "$f" ] || continue
  check "hostile $f" 2 timeout 5 bash -c "ulimit -v 1048576; exec \"$bin\" fmt \"$f\""
  if ! grep -qE '^[^:]+:[0-9]+:[0-9]+: error: ' /tmp/e2e.err; then
    fail=$((fail + 1)); echo "FAIL hostile $f: no file:line:col error"; head -3 /tmp/e2e.err
  fi
done

# --write keeps comments and leaves a canonical file.
tmp=$(mktemp -d)
cp examples/spark-pi/*.yaml "$tmp/"
check "fmt --write" 0 "$bin" fmt --write "$tmp"
check "fmt --check after --write" 0 "$bin" fmt --check "$tmp"
if [ "$(grep -c '#' "$tmp/spark-pi.yaml")" -ne "$(grep -c '#' examples/spark-pi/spark-pi.yaml)" ]; then
  fail=$((fail + 1)); echo "FAIL fmt --write lost comments"
fi
rm -rf "$tmp"

# Lossless round trip on the real-world corpus, read back by PyYAML (a YAML 1.1 reader).
if python3 scripts/roundtrip.py "$bin" fixtures/corpus; then pass=$((pass + 1)); else fail=$((fail + 1)); fi

echo "e2e: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
