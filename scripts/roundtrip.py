#!/usr/bin/env python3
"""Round-trip check against a real YAML 1.1 reader (PyYAML).

For every *.yaml / *.yml file under the given directories that PyYAML can load, run
`kubespark fmt FILE` and check that PyYAML reads the same data back from the output.
Files kubespark rejects (exit 2: duplicate keys and the like) are listed, not compared.
Exit status 1 if any file's data changed or kubespark crashed.
"""
import subprocess
import sys
from pathlib import Path

import yaml


def load(text):
    # Empty documents (a stray `---`) load as None; kubespark skips them by design.
    return [doc for doc in yaml.safe_load_all(text) if doc is not None]


def main(binary, roots):
    compared, rejected, failures = 0, [], []
    files = sorted(p for root in roots for p in Path(root).rglob("*") if p.suffix in (".yaml", ".yml"))
    for path in files:
        try:
            original = load(path.read_bytes())
        except yaml.YAMLError:
            continue
        run = subprocess.run([binary, "fmt", str(path)], capture_output=True, timeout=60)
        if run.returncode == 2:
            rejected.append((path, run.stderr.decode(errors="replace").splitlines()[:1]))
            continue
        if run.returncode != 0:
            failures.append((path, f"exit {run.returncode}: {run.stderr.decode(errors='replace')[:300]}"))
            continue
        try:
            again = load(run.stdout)
        except yaml.YAMLError as error:
            failures.append((path, f"output does not load: {error}"))
            continue
        compared += 1
        if again != original:
            failures.append((path, "data differs after fmt"))
    for path, first_line in rejected:
        print(f"rejected (exit 2): {path}: {first_line[0] if first_line else ''}")
    for path, why in failures:
        print(f"FAIL {path}: {why}")
    print(f"roundtrip: {compared} files compared, {len(rejected)} rejected, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
