#!/usr/bin/env bash
# Validates every Kubernetes object kubespark generated for the bundled example and the golden
# fixtures: built-in kinds with kubernetes-validate (strict, a current Kubernetes version),
# SparkApplication / ScheduledSparkApplication / ServiceMonitor / PodMonitor against their CRD
# schemas in schemas/ with jsonschema (strict: unknown fields rejected).
#   scripts/validate-manifests.sh [DIR…]     (default: examples/team-a/manifests fixtures/generate)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${KUBERNETES_VERSION:=1.35.0}"

if ! python3 -c 'import kubernetes_validate, jsonschema, yaml' 2>/dev/null; then
  python3 -m pip install -q kubernetes-validate jsonschema PyYAML
fi

dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(examples/team-a/manifests fixtures/generate)

KUBERNETES_VERSION="$KUBERNETES_VERSION" python3 - "${dirs[@]}" <<'PY'
import copy, glob, json, os, sys
import jsonschema, yaml
import kubernetes_validate

version = os.environ["KUBERNETES_VERSION"]
crds = {
    ("sparkoperator.k8s.io/v1beta2", "SparkApplication"): "sparkapplication-v1beta2",
    ("sparkoperator.k8s.io/v1beta2", "ScheduledSparkApplication"): "scheduledsparkapplication-v1beta2",
    ("monitoring.coreos.com/v1", "ServiceMonitor"): "servicemonitor-v1",
    ("monitoring.coreos.com/v1", "PodMonitor"): "podmonitor-v1",
}

def strict(node):
    if isinstance(node, dict):
        if "properties" in node and not node.get("x-kubernetes-preserve-unknown-fields") \
                and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for value in node.values():
            strict(value)
    elif isinstance(node, list):
        for value in node:
            strict(value)
    return node

validators = {}
for key, name in crds.items():
    with open(f"schemas/{name}.schema.json") as f:
        validators[key] = jsonschema.Draft4Validator(strict(json.load(f)))

files = []
for root in sys.argv[1:]:
    files += sorted(glob.glob(os.path.join(root, "**", "*.yaml"), recursive=True))
failures = objects = 0
for path in files:
    with open(path) as f:
        documents = [d for d in yaml.safe_load_all(f) if d is not None]
    for doc in documents:
        if not isinstance(doc, dict) or "apiVersion" not in doc or "kind" not in doc:
            continue
        objects += 1
        where = f"{path}: {doc['kind']} {doc.get('metadata', {}).get('name', '')}".rstrip()
        key = (doc["apiVersion"], doc["kind"])
        if key in validators:
            errors = list(validators[key].iter_errors(doc))
            for error in errors:
                print(f"{where}: {'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}")
            failures += bool(errors)
            continue
        try:
            kubernetes_validate.validate(doc, version, strict=True)
        except kubernetes_validate.ValidationError as error:
            print(f"{where}: {'/'.join(map(str, error.path)) or '(root)'}: {error.message}")
            failures += 1
        except Exception as error:  # unknown kind or version
            print(f"{where}: {error}")
            failures += 1
print(f"validated {objects} objects in {len(files)} files against Kubernetes {version}: "
      f"{'all valid' if failures == 0 else f'{failures} invalid'}", file=sys.stderr)
sys.exit(1 if failures else 0)
PY
