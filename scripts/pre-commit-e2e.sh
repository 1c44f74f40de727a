#!/usr/bin/env bash
# End-to-end test of .pre-commit-hooks.yaml with the real pre-commit (PyPI):
#   - `pre-commit try-repo <this repo> kubespark-lint --files …` in a scratch git repository passes on
#     a clean SparkApplication, non-Kubernetes YAML and a Helm template, and fails on a violating
#     manifest (naming the finding);
#   - the pre-commit config snippet of docs/ci.md, pointed at this repository's HEAD and installed
#     as a git hook, skips an empty file list and non-YAML files, lets a clean commit through and
#     refuses a commit of the violating manifest.
# pre-commit builds this package itself (language: swift → swift build -c release, cached per
# revision in ${PRE_COMMIT_HOME:-~/.cache/pre-commit}); the first run takes minutes.
# Usage: scripts/pre-commit-e2e.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
fixtures="$repo/fixtures/reporters/project"

if ! command -v pre-commit >/dev/null 2>&1; then
  python3 -m pip install -q pre-commit 2>/dev/null || python3 -m pip install -q --break-system-packages pre-commit
fi
command -v pre-commit >/dev/null 2>&1 || export PATH="$HOME/.local/bin:$PATH"
pre-commit --version

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sample="$tmp/sample"
mkdir -p "$sample"
cd "$sample"
git init -q
git config user.email e2e@kubespark.invalid
git config user.name "kubespark e2e"
git config commit.gpgsign false
cp -R "$fixtures/." .
printf "# A sample repository for the pre-commit end-to-end test\n" >README.md
git add -A
git commit -q -m "sample repository"

pass=0
fail=0
expect() { # name, wanted exit code, grep pattern for the output ('' for none), command...
  local name=$1 want=$2 pattern=$3; shift 3
  local got=0
  "$@" >"$tmp/out" 2>&1 || got=$?
  if [ "$got" -ne "$want" ]; then
    fail=$((fail + 1)); echo "FAIL $name: exit $got, wanted $want"; sed 's/^/    /' "$tmp/out" | tail -30
  elif [ -n "$pattern" ] && ! grep -qE "$pattern" "$tmp/out"; then
    fail=$((fail + 1)); echo "FAIL $name: output lacks /$pattern/"; sed 's/^/    /' "$tmp/out" | tail -30
  else
    pass=$((pass + 1)); echo "ok   $name"
  fi
}

violating="manifests/équipe/spark-app.yaml"
# try-repo clones and builds into a fresh temporary store on every call (a release build each),
# so it runs twice: the passing files together, the violating one alone.
expect "try-repo: clean manifest, non-Spark YAML and a Helm template pass" 0 'kubespark lint\.+Passed' \
  pre-commit try-repo "$repo" kubespark-lint --files manifests/clean.yaml config/app-settings.yaml chart/templates/job.yaml
expect "try-repo: violating manifest fails" 1 'spark-app\.yaml:[0-9]+:[0-9]+: error: .*\[hardcoded-credential\]' \
  pre-commit try-repo "$repo" kubespark-lint --files "$violating"

# The docs/ci.md pre-commit snippet (the block after "<!-- pre-commit-config -->"), pointed at this
# repository's current commit, installed as a real git hook.
rev=$(git -C "$repo" rev-parse HEAD)
awk '/<!-- pre-commit-config -->/{found=1; next} found && /^```yaml/{inside=1; next} inside && /^```/{exit} inside' \
  "$repo/docs/ci.md" >.pre-commit-config.yaml
grep -q 'kubespark-lint' .pre-commit-config.yaml || { echo "FAIL no pre-commit snippet in docs/ci.md"; exit 1; }
python3 - "$repo" "$rev" <<'PY'
import sys, yaml
config = yaml.safe_load(open(".pre-commit-config.yaml"))
for entry in config["repos"]:
    if entry["repo"] != "local":
        entry["repo"], entry["rev"] = sys.argv[1], sys.argv[2]
yaml.safe_dump(config, open(".pre-commit-config.yaml", "w"), sort_keys=False)
PY
pre-commit install >/dev/null
git add .pre-commit-config.yaml
git commit -q -m "pre-commit config" --no-verify
if git -C "$repo" diff --quiet HEAD -- . ':!fixtures/reporters/project' 2>/dev/null; then
  # The hook environment is built once per revision in the persistent store.
  expect "hook: nothing staged is skipped" 0 'no files to check\)Skipped' pre-commit run kubespark-lint
  expect "hook: a file that is not YAML or conf is skipped" 0 'no files to check\)Skipped' \
    pre-commit run kubespark-lint --files README.md
  printf '\n' >>manifests/clean.yaml
  git add manifests/clean.yaml
  expect "git commit of a clean manifest" 0 '' git commit -m "clean change"
  printf '\n' >>"$violating"
  git add "$violating"
  expect "git commit of a violating manifest is refused" 1 'hardcoded-credential' git commit -m "violating change"
else
  echo "note: $repo has uncommitted changes; the git-hook check uses its HEAD ($rev) and is skipped"
fi

echo "pre-commit-e2e: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
