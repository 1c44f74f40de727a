#!/usr/bin/env python3
"""Fuzzes `kubespark generate` with random but valid kubespark.yaml specs.

    scripts/spec-fuzz.py [--bin .build/debug/kubespark] [-n 60] [--seed 1] [--keep DIR] [-v]

For each of N specs drawn from the seed (together they use every documented key: each submission
mode, Spark 3.5 and 4.0-4.3, schedules, dynamic allocation variants, decommissioning, local dirs,
checkpoint claims, every shipped template and user template files, GPUs, secrets, volumes,
scheduling constraints, quotas explicit and auto, LimitRanges, network policies, monitoring, event
logs, confs, several apps of every language), it runs `kubespark generate` into a temporary
project and checks:

  a. every object validates (scripts/validate-manifests.sh: strict Kubernetes schemas + CRDs);
  b. `kubespark fmt --check` passes on the output;
  c. `kubespark lint --fail-on warning` finds nothing on the project;
  d. `kubespark generate --check` right after is clean (determinism);
  e. `kubespark render` of each submit.sh's spark-submit line succeeds and matches effective.yaml;
     the effective pods, after the LimitRange's defaults, are admissible (requests <= limits <= max)
     and fit the ResourceQuota (requests, limits, pod count) with every app at its peak at once,
     plus CronJob submitter pods; an explicit quota too small is reported by generate instead;
  f. the Roles grant exactly the verbs of facts §7 for the features used (no wildcards, no secrets);
  g. the NetworkPolicies let drivers and executors talk on the ports in their confs, reach DNS,
     and let drivers reach the API server.

Exits 1 if any spec fails a check (each failure names the spec, kept under --keep or printed).
Prints `N passed, M failed` at the end.
"""
import argparse
import ipaddress
import json
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERSIONS = ["3.5.9", "3.5.4", "3.5", "4.0.1", "4.0.5", "4.1.4", "4.2.1", "4.3.0", None]
TEMPLATES_DRIVER = ["driver", None, "user"]
TEMPLATES_EXECUTOR = ["executor", "executor-spot", "executor-local-ssd", "executor-gpu", None, "user"]
WORDS = ["etl", "stream", "report", "ml", "features", "ingest", "rollup", "score", "join", "clean"]


# ---------------------------------------------------------------------------------------------
# Spec generation


class SpecMaker:
    def __init__(self, rng, index):
        self.rng = rng
        self.index = index
        self.user_templates = {}

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, items):
        return self.rng.choice(items)

    def spec(self):
        r = self.rng
        spec = {}
        version = self.pick(VERSIONS)
        if version:
            spec["sparkVersion"] = version
        self.version = tuple(int(x) for x in (version or "4.3.0").split(".")[:2])
        spec["namespace"] = f"fz{self.index}-{self.pick(WORDS)}"
        self.images = [f"apache/spark:{self.line()}.1", f"apache/spark:{self.line()}.1-python3", "registry.example.com/spark:1.2.3"]
        if self.chance(0.85):
            spec["image"] = self.pick(self.images)
        if self.chance(0.4):
            spec["imagePullSecrets"] = self.rng.sample(["registry", "team-registry", "mirror-pull"], r.randint(1, 2))
        if self.chance(0.4):
            spec["serviceAccount"] = self.pick(["spark", "spark-jobs", "runner"])
        submission = self.pick(["spark-submit", "operator", "both", None])
        if submission:
            spec["submission"] = submission
        self.submission = submission or "spark-submit"
        if self.chance(0.3):
            spec["output"] = self.pick(["out", "deploy/manifests", "generated"])
        apps = [self.app(i, spec) for i in range(r.randint(1, 4))]
        platform = self.platform(apps)
        if platform is not None:
            spec["platform"] = platform
        spec["apps"] = apps
        return spec

    def line(self):
        return f"{self.version[0]}.{self.version[1]}"

    def platform(self, apps):
        p = {}
        quota = self.pick(["auto", "auto-map", "explicit", "explicit-tight", None])
        if quota == "auto":
            p["resourceQuota"] = "auto"
        elif quota == "auto-map":
            p["resourceQuota"] = {"auto": True, "headroom": self.pick(["1", "1.2", "1.5", "2.25"])}
        elif quota:
            big = quota == "explicit"
            q = {}
            if self.chance(0.9):
                q["requests"] = {"cpu": str(self.rng.randint(200, 400)) if big else str(self.rng.randint(2, 6)),
                                 "memory": f"{self.rng.randint(800, 1600)}Gi" if big else "6Gi"}
            if self.chance(0.6):
                q["limits"] = {"cpu": str(self.rng.randint(400, 800)) if big else "8",
                               "memory": f"{self.rng.randint(1600, 3200)}Gi" if big else "12Gi"}
                if self.chance(0.3):
                    del q["limits"][self.pick(["cpu", "memory"])]
            if self.chance(0.7):
                q["pods"] = self.rng.randint(300, 600) if big else 4
            if not q:
                q["pods"] = 500
            p["resourceQuota"] = q
        if self.chance(0.35):
            lr = {}
            if self.chance(0.7):
                lr["defaultRequest"] = {"cpu": self.pick(["100m", "250m"]), "memory": self.pick(["256Mi", "512Mi"])}
            if self.chance(0.7):
                lr["default"] = {"cpu": self.pick(["1", "2", "500m"]), "memory": self.pick(["1Gi", "2Gi"])}
            if self.chance(0.5):
                lr["max"] = {"cpu": self.pick(["16", "32"]), "memory": self.pick(["64Gi", "128Gi"])}
            if lr.get("default") and lr.get("defaultRequest"):
                lr["default"]["cpu"] = self.pick(["1", "2"])
                lr["default"]["memory"] = self.pick(["1Gi", "2Gi"])
            if lr:
                p["limitRange"] = lr
        np = self.pick(["default", "true", "false", "map", "map", "map"])
        if np == "true":
            p["networkPolicy"] = True
        elif np == "false":
            p["networkPolicy"] = False
        elif np == "map":
            m = {}
            if self.chance(0.3):
                m["enabled"] = True
            if self.chance(0.5):
                m["apiServer"] = [self.egress(api=True) for _ in range(self.rng.randint(1, 2))]
            if self.chance(0.8):
                m["egress"] = [self.egress() for _ in range(self.rng.randint(1, 3))]
            p["networkPolicy"] = m
        if self.chance(0.5):
            mon = {}
            kind = self.pick(["service", "pod", "default", "both"])
            if kind == "service":
                mon["serviceMonitor"] = True
            elif kind == "pod":
                mon["podMonitor"] = True
                if self.chance(0.5):
                    mon["serviceMonitor"] = False
            elif kind == "both":
                mon["serviceMonitor"] = True
                mon["podMonitor"] = True
            if self.chance(0.6):
                mon["interval"] = self.pick(["15s", "30s", "1m", "1m30s"])
            if self.chance(0.6):
                mon["labels"] = {"release": self.pick(["prometheus", "kube-prometheus-stack"])}
            if self.chance(0.4):
                mon["prometheusNamespace"] = self.pick(["monitoring", "observability"])
            p["monitoring"] = mon
        if self.chance(0.5):
            if self.chance(0.5):
                p["eventLog"] = {"dir": self.pick(["s3a://spark-logs/events/", "s3a://team/spark-events"])}
            else:
                p["eventLog"] = {"dir": self.pick(["/spark-events", "/mnt/events"]), "claimName": "spark-events"}
        return p or (None if self.chance(0.5) else {})

    def egress(self, api=False):
        r = self.rng
        e = {}
        if self.chance(0.5):
            e["name"] = self.pick(["object store", "Kafka", "Postgres", "control plane"])
        if api:
            e["cidr"] = self.pick(["10.0.0.0/24", "172.20.0.1/32", "192.168.10.0/28"])
            e["ports"] = self.pick([[443], [6443], [443, 6443]])
            return e
        if self.chance(0.5):
            e["cidr"] = self.pick(["0.0.0.0/0", "10.40.0.0/16", "10.50.12.0/24", "fd00::/8"])
            if e["cidr"] == "0.0.0.0/0" and self.chance(0.6):
                e["except"] = ["169.254.169.254/32"]
        else:
            e["cidrs"] = r.sample(["10.1.0.0/16", "10.2.0.0/16", "192.168.0.0/16"], r.randint(1, 3))
        if self.chance(0.8):
            e["ports"] = sorted(r.sample([443, 9092, 9094, 5432, 3306, 8020, 9000], r.randint(1, 3)))
        if self.chance(0.2):
            e["protocol"] = self.pick(["TCP", "UDP"])
        return e

    def app(self, i, spec):
        r = self.rng
        name = f"{self.pick(WORDS)}-{i}"
        kind = self.pick(["Scala", "Java", "Python", "R", "infer-jar", "infer-py"])
        app = {"name": name}
        if kind in ("Scala", "Java", "infer-jar"):
            if kind != "infer-jar":
                app["type"] = kind
            app["mainClass"] = f"com.example.{name.title().replace('-', '')}"
            app["mainApplicationFile"] = self.pick([f"local:///opt/spark/jars/{name}.jar", f"s3a://artifacts/{name}-1.0.jar"])
        elif kind in ("Python", "infer-py"):
            if kind == "Python":
                app["type"] = "Python"
            app["mainApplicationFile"] = self.pick([f"local:///opt/app/{name}.py", f"s3a://artifacts/{name}.py"])
        else:
            app["type"] = "R"
            app["mainApplicationFile"] = f"local:///opt/app/{name}.R"
        if self.chance(0.5):
            app["arguments"] = self.pick([["--date", "2024-01-01"], ["100"], ["--mode", "full", "a b"], ["it's"]])
        if "image" not in spec or self.chance(0.2):
            app["image"] = self.pick(self.images[1:] + ["ghcr.io/example/spark-app:2.0"])
        if self.chance(0.35):
            app["schedule"] = self.pick(["0 2 * * *", "*/15 * * * *", "@hourly", "30 1 * * 1-5"])
            if self.chance(0.5):
                app["timeZone"] = self.pick(["Europe/Berlin", "UTC", "America/New_York"])
            if self.chance(0.6):
                app["concurrencyPolicy"] = self.pick(["Allow", "Forbid", "Replace"])
        conf = {}
        if self.chance(0.5):
            conf["spark.sql.shuffle.partitions"] = str(r.choice([64, 200, 400]))
        if self.chance(0.15):
            conf["spark.kubernetes.executor.deleteOnTermination"] = "false"
        if self.chance(0.1):
            conf["spark.kubernetes.driver.service.deleteOnTermination"] = "false"
        if self.chance(0.1):
            conf["spark.blockManager.port"] = "7090"
        if self.chance(0.1):
            conf["spark.driver.port"] = "7100"
        if self.chance(0.1):
            conf["spark.kubernetes.executor.decommissionLabel"] = "spark-decommissioning"
        if self.chance(0.1):
            conf["spark.sql.adaptive.enabled"] = "true"
        if conf:
            app["sparkConf"] = conf
        if self.chance(0.4):
            app["hadoopConf"] = {"fs.s3a.endpoint": self.pick(["s3.eu-west-1.amazonaws.com", "http://minio:9000"])}
            if self.chance(0.5):
                app["hadoopConf"]["fs.s3a.aws.credentials.provider"] = \
                    "software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider"
        dynamic = False
        if self.chance(0.45):
            da = {"maxExecutors": r.randint(1, 12)}
            if self.chance(0.2):
                da["enabled"] = self.pick([True, False])
            if self.chance(0.5):
                da["minExecutors"] = r.randint(0, da["maxExecutors"])
            if self.chance(0.4):
                da["initialExecutors"] = r.randint(da.get("minExecutors", 0), da["maxExecutors"])
            if self.chance(0.3):
                da["shuffleTracking"] = self.pick([True, False])
            if self.chance(0.4):
                da["executorIdleTimeout"] = self.pick(["60s", "120s", "5min"])
            app["dynamicAllocation"] = da
            dynamic = da.get("enabled", True)
            if da.get("shuffleTracking") is False and dynamic:
                app["decommission"] = self.pick([True, {"fallbackStoragePath": "s3a://spark/fallback/"}, {"enabled": True}])
        if "decommission" not in app and self.chance(0.25):
            app["decommission"] = self.pick([True, False, {"fallbackStoragePath": "s3a://spark/fallback/"}, {"enabled": False}])
        executor_template = self.pick(TEMPLATES_EXECUTOR)
        storage = {}
        if self.chance(0.35) and executor_template != "executor-local-ssd":
            medium = self.pick(["disk", "memory", "pvc", None])
            ld = {}
            if medium:
                ld["medium"] = medium
            if medium == "pvc":
                ld["sizeLimit"] = self.pick(["50Gi", "200Gi"])
                ld["storageClass"] = self.pick(["gp3", "fast-ssd"])
            elif self.chance(0.6):
                ld["sizeLimit"] = self.pick(["10Gi", "2Gi", "500Mi"])
            if self.chance(0.3):
                ld["mountPath"] = "/var/data/scratch"
            storage["localDirs"] = ld
        if self.chance(0.25):
            cp = {"claimName": f"{name}-checkpoints"}
            create = self.pick([True, False, None])
            if create is not None:
                cp["create"] = create
            if create is not False:
                cp["size"] = self.pick(["10Gi", "50Gi"])
            if self.chance(0.5):
                cp["storageClass"] = "efs-sc"
            if self.chance(0.3):
                cp["mountPath"] = "/mnt/checkpoints"
            storage["checkpoint"] = cp
        if storage:
            app["storage"] = storage
        driver = self.role(name, "driver", self.pick(TEMPLATES_DRIVER), app)
        executor = self.role(name, "executor", executor_template, app, dynamic=dynamic)
        if storage.get("localDirs", {}).get("medium") == "memory":
            heap = {"512m": 512, "1g": 1024, "2g": 2048, "4g": 4096, "3072m": 3072, "8g": 8192}[executor.get("memory", "1g")]
            executor["memoryOverhead"] = f"{heap // 2 + 384 + 2048}m"
        if driver:
            app["driver"] = driver
        if executor:
            app["executor"] = executor
        return app

    def role(self, app_name, role, template, app, dynamic=False):
        r = self.rng
        spec = {}
        if self.chance(0.6):
            spec["cores"] = r.randint(1, 4)
        if self.chance(0.2):
            spec["coreLimit"] = self.pick([str(spec.get("cores", 1)), str(spec.get("cores", 1) + 1), f"{spec.get('cores', 1) * 1000 + 500}m"])
        if self.chance(0.6):
            spec["memory"] = self.pick(["512m", "1g", "2g", "4g", "3072m", "8g"])
        if self.chance(0.2):
            heap = {"512m": 512, "1g": 1024, "2g": 2048, "4g": 4096, "3072m": 3072, "8g": 8192}[spec.get("memory", "1g")]
            spec["memoryOverhead"] = f"{heap // 2 + 384}m"
        if role == "executor" and not dynamic and self.chance(0.5):
            spec["instances"] = r.randint(1, 8)
        if template == "user":
            path = f"templates/{app_name}-{role}.yaml"
            self.user_templates[path] = self.user_template(role)
            spec["template"] = path
        elif template:
            spec["template"] = template
        if self.chance(0.3) and template != "executor-local-ssd":
            spec["nodeSelector"] = {self.pick(["pool", "node.kubernetes.io/instance-type"]): self.pick(["spark", "m5.2xlarge"])}
        if self.chance(0.3):
            # A driver that tolerates spot is a real finding (spark-driver-on-spot): only executors do.
            choices = [{"key": "dedicated", "operator": "Equal", "value": "spark", "effect": "NoSchedule"},
                       {"operator": "Exists"}]
            if role == "executor":
                choices.append({"key": "spot", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300})
            spec["tolerations"] = [self.pick(choices)]
        if self.chance(0.3):
            spec["affinity"] = self.pick([
                {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
                    {"matchExpressions": [{"key": "topology.kubernetes.io/zone", "operator": "In", "values": ["eu-west-1a", "eu-west-1b"]}]}]}}},
                {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 50, "podAffinityTerm": {
                    "labelSelector": {"matchLabels": {"spark-role": role}}, "topologyKey": "kubernetes.io/hostname"}}]}},
                {"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{
                    "labelSelector": {"matchExpressions": [{"key": "app", "operator": "In", "values": ["cache"]}]},
                    "topologyKey": "topology.kubernetes.io/zone"}]}},
            ])
        if self.chance(0.3):
            spec["labels"] = {"team": self.pick(["data", "ml"]), "cost-center": self.pick(["cc-1", "cc-2"])}
        if self.chance(0.3):
            spec["annotations"] = {"example.com/owner": self.pick(["data-team", "ml team"])}
        if self.chance(0.3):
            spec["env"] = {"LOG_LEVEL": self.pick(["INFO", "DEBUG"]), "TZ": "UTC"}
        if self.chance(0.3):
            spec["secretEnv"] = {"AWS_ACCESS_KEY_ID": "s3-creds/access-key-id", "AWS_SECRET_ACCESS_KEY": "s3-creds/secret-access-key"}
        if self.chance(0.2):
            spec["secretMounts"] = {self.pick(["kerberos-keytab", "tls-certs"]): self.pick(["/etc/secrets/kt", "/etc/tls"])}
        if self.chance(0.3):
            spec["volumes"] = self.volumes(role)
        if self.chance(0.15) or (template == "executor-gpu" and self.chance(0.7)):
            gpu = {}
            if self.chance(0.5):
                gpu["amount"] = r.randint(1, 2)
            if self.chance(0.3):
                gpu["vendor"] = self.pick(["nvidia.com", "amd.com"])
            if self.chance(0.2):
                gpu["discoveryScript"] = "/opt/gpu/discover.sh"
            spec["gpu"] = gpu
        return spec

    def volumes(self, role):
        choices = [
            {"name": "data", "mountPath": "/data", "readOnly": True, "persistentVolumeClaim": {"claimName": "shared-data"}},
            {"name": "scratch", "mountPath": "/scratch", "emptyDir": {"medium": "Memory", "sizeLimit": "1Gi"}},
            {"name": "cache", "mountPath": "/cache", "emptyDir": {"sizeLimit": "5Gi"}},
            {"name": "host-logs", "mountPath": "/host/logs", "readOnly": True, "hostPath": {"path": "/var/log", "type": "Directory"}},
            {"name": "models", "mountPath": "/models", "subPath": "v1", "nfs": {"server": "nfs.example.com", "path": "/exports/models"}},
        ]
        if role == "executor":
            choices.append({"name": "spill", "mountPath": "/spill", "persistentVolumeClaim": {
                "claimName": "OnDemand", "storageClass": "gp3", "sizeLimit": "20Gi"}})
        return self.rng.sample(choices, self.rng.randint(1, 2))

    def user_template(self, role):
        container = f"spark-kubernetes-{role}"
        pod = {"apiVersion": "v1", "kind": "Pod"}
        if self.chance(0.5):
            pod["metadata"] = {"labels": {"sidecar-free": "true"}}
        spec = {"containers": [{"name": container, "securityContext": {"allowPrivilegeEscalation": False,
                                                                           "capabilities": {"drop": ["ALL"]}}}],
                "securityContext": {"runAsUser": 185, "runAsNonRoot": True, "fsGroup": 185,
                                    "seccompProfile": {"type": "RuntimeDefault"}}}
        if self.chance(0.4):
            spec["priorityClassName"] = "spark-batch"
        if self.chance(0.4):
            spec["containers"][0]["env"] = [{"name": "PYTHONUNBUFFERED", "value": "1"}]
        pod["spec"] = spec
        return "# a user's pod template\n" + yaml.safe_dump(pod, sort_keys=False)


# ---------------------------------------------------------------------------------------------
# Quantities


def cpu_milli(text):
    text = str(text)
    if text.endswith("m"):
        return int(text[:-1])
    return int(round(float(text) * 1000))


UNITS = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12}


def bytes_of(text):
    text = str(text)
    for unit in sorted(UNITS, key=len, reverse=True):
        if text.endswith(unit):
            return int(float(text[: -len(unit)]) * UNITS[unit])
    return int(float(text))


# ---------------------------------------------------------------------------------------------
# Checks


class Failure(Exception):
    pass


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def load_all(path):
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d]


def kube_objects(out):
    objects = []
    directory = os.path.join(out, "kubernetes")
    for name in sorted(os.listdir(directory)):
        objects += load_all(os.path.join(directory, name))
    return objects


def submit_arguments(script, here):
    """The spark-submit words of a generated submit.sh, with its directory substituted."""
    lines = open(script).read().splitlines()
    start = next(i for i, line in enumerate(lines) if "spark-submit\" \\" in line)
    text = " ".join(line.rstrip("\\").strip() for line in lines[start + 1:])
    words = shlex.split(text)
    result = []
    for word in words:
        if word == "$@":
            continue
        result.append(word.replace("$here", here).replace("$master", "k8s://https://kubernetes.default.svc"))
    return result


def read_conf(path):
    conf = {}
    for line in open(path).read().splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        conf[key.replace("\\", "")] = value
    return conf


def pod_totals(pod, limit_range):
    """requests/limits of a pod after LimitRange defaulting; raises Failure when not admissible."""
    default = (limit_range or {}).get("default", {})
    default_request = (limit_range or {}).get("defaultRequest", {})
    maximum = (limit_range or {}).get("max", {})
    if maximum and not default:
        default = maximum  # the API server defaults `default` from `max`
    if default and not default_request:
        default_request = default
    totals = {"requests.cpu": 0, "requests.memory": 0, "limits.cpu": 0, "limits.memory": 0}
    missing = set()
    name = pod["metadata"]["name"]
    for container in pod["spec"].get("containers", []):
        res = container.get("resources") or {}
        requests = dict(res.get("requests") or {})
        limits = dict(res.get("limits") or {})
        for key in ("cpu", "memory"):
            if key not in limits and key in default:
                limits[key] = default[key]
            if key not in requests:
                if key in limits and key not in default_request:
                    requests[key] = limits[key]
                elif key in default_request:
                    requests[key] = default_request[key]
        for key, parse in (("cpu", cpu_milli), ("memory", bytes_of)):
            if key in requests and key in limits and parse(requests[key]) > parse(limits[key]):
                raise Failure(f"pod {name} container {container['name']}: {key} request {requests[key]} "
                              f"exceeds its limit {limits[key]} (after the LimitRange's defaults)")
            if key in maximum:
                if key not in limits:
                    raise Failure(f"pod {name}: no {key} limit but the LimitRange has max {maximum[key]}")
                if parse(limits[key]) > parse(maximum[key]):
                    raise Failure(f"pod {name} container {container['name']}: {key} limit {limits[key]} "
                                  f"exceeds the LimitRange max {maximum[key]}")
            for kind, values in (("requests", requests), ("limits", limits)):
                if key in values:
                    totals[f"{kind}.{key}"] += parse(values[key])
                else:
                    missing.add(f"{kind}.{key}")
    return totals, missing


def check_fit(spec, out, apps_pods, objects, stderr):
    quota = next((o for o in objects if o["kind"] == "ResourceQuota"), None)
    limit_range = next((o["spec"]["limits"][0] for o in objects if o["kind"] == "LimitRange"), None)
    need = {"requests.cpu": 0, "requests.memory": 0, "limits.cpu": 0, "limits.memory": 0, "pods": 0}
    missing = set()
    for app_name, (driver, executor, count) in apps_pods.items():
        for pod, n in ((driver, 1), (executor, count)):
            totals, gaps = pod_totals(pod, limit_range)
            missing |= gaps
            for key, value in totals.items():
                need[key] += value * n
            need["pods"] += n
    for cron in (o for o in objects if o["kind"] == "CronJob"):
        pod = {"metadata": {"name": cron["metadata"]["name"] + " (submitter)"},
               "spec": cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]}
        totals, gaps = pod_totals(pod, limit_range)
        missing |= gaps
        for key, value in totals.items():
            need[key] += value
        need["pods"] += 1
    if quota is None:
        return
    hard = quota["spec"]["hard"]
    explicit = isinstance(spec.get("platform", {}).get("resourceQuota"), dict) and \
        not spec["platform"]["resourceQuota"].get("auto", False)
    short = []
    for key, value in hard.items():
        if key in missing:
            raise Failure(f"the quota limits {key} but some pod sets none (admission rejects it)")
        parse = {"requests.cpu": cpu_milli, "limits.cpu": cpu_milli, "pods": int}.get(key, bytes_of)
        if need.get(key, 0) > parse(value):
            short.append(f"{key}: need {need[key]}, quota {value}")
    warned = "more than the quota" in stderr
    if short and not (explicit and warned):
        raise Failure("the apps at their peak do not fit the ResourceQuota: " + "; ".join(short))
    if explicit and warned and not short:
        raise Failure("generate warned that the quota is too small, but the apps fit: " + stderr.strip())


def check_rbac(spec, out, objects, confs):
    version = tuple(int(x) for x in str(spec.get("sparkVersion", "4.3.0")).split(".")[:2])
    sa = spec.get("serviceAccount", "spark")
    roles = {o["metadata"]["name"]: o for o in objects if o["kind"] == "Role"}
    for role in roles.values():
        for rule in role.get("rules", []):
            for field in ("verbs", "resources", "apiGroups"):
                if "*" in rule.get(field, []):
                    raise Failure(f"Role {role['metadata']['name']} has a wildcard in {field}")
            if "secrets" in rule.get("resources", []):
                raise Failure(f"Role {role['metadata']['name']} grants secrets")

    def grants(role):
        result = {}
        for rule in role.get("rules", []):
            for group in rule["apiGroups"]:
                for resource in rule["resources"]:
                    result.setdefault((group, resource), set()).update(rule["verbs"])
        return result

    want = {("", "pods"): {"get", "list", "watch", "create", "delete", "deletecollection"},
            ("", "configmaps"): {"create", "deletecollection"}}
    for conf in confs.values():
        if conf.get("spark.kubernetes.driver.service.deleteOnTermination", "true") != "false":
            want.setdefault(("", "services"), set()).add("deletecollection")
        prefix = "spark.kubernetes.executor.volumes.persistentVolumeClaim."
        creates = any(k.startswith(prefix) and k.endswith(".options.storageClass")
                      and k[: -len("storageClass")] + "sizeLimit" in conf for k in conf)
        own = conf.get("spark.kubernetes.driver.ownPersistentVolumeClaim", "true") != "false"
        reuse = conf.get("spark.kubernetes.driver.reusePersistentVolumeClaim", "true") != "false"
        if creates:
            want.setdefault(("", "persistentvolumeclaims"), set()).update({"create", "list"})
        if own:
            want.setdefault(("", "persistentvolumeclaims"), set()).add("deletecollection")
            if reuse:
                want.setdefault(("", "persistentvolumeclaims"), set()).add("list")
        if conf.get("spark.kubernetes.executor.deleteOnTermination") == "false" \
                or "spark.kubernetes.executor.decommissionLabel" in conf:
            want[("", "pods")].add("patch")
    got = grants(roles.get(sa, {}))
    if got != want:
        raise Failure(f"Role {sa} grants {sorted((k, sorted(v)) for k, v in got.items())}, "
                      f"facts §7 want {sorted((k, sorted(v)) for k, v in want.items())}")
    crons = [o for o in objects if o["kind"] == "CronJob"]
    submitter = sa + "-submitter"
    if crons:
        want = {("", "pods"): {"create", "get", "watch", "delete"},
                ("", "services"): {"patch", "delete"}, ("", "configmaps"): {"patch", "delete"}}
        for cron in crons:
            conf = confs[cron["metadata"]["labels"]["app.kubernetes.io/name"]]
            prefix = "spark.kubernetes.driver.volumes.persistentVolumeClaim."
            if any(k.startswith(prefix) and k.endswith(".options.storageClass")
                   and k[: -len("storageClass")] + "sizeLimit" in conf for k in conf):
                want[("", "persistentvolumeclaims")] = {"patch", "delete"}
        if version >= (4, 2):
            want[("networking.k8s.io", "networkpolicies")] = {"patch", "delete"}
        got = grants(roles.get(submitter, {}))
        if got != want:
            raise Failure(f"Role {submitter} grants {sorted((k, sorted(v)) for k, v in got.items())}, "
                          f"facts §7.1 want {sorted((k, sorted(v)) for k, v in want.items())}")
    elif submitter in roles:
        raise Failure(f"Role {submitter} written without CronJobs")


def selects(selector, labels):
    if selector is None:
        return False
    for key, value in (selector.get("matchLabels") or {}).items():
        if labels.get(key) != value:
            return False
    for expr in selector.get("matchExpressions") or []:
        op, key = expr["operator"], expr["key"]
        if op == "Exists" and key not in labels:
            return False
        if op == "DoesNotExist" and key in labels:
            return False
        if op == "In" and labels.get(key) not in expr.get("values", []):
            return False
        if op == "NotIn" and labels.get(key) in expr.get("values", []):
            return False
    return True


def port_allowed(ports, port, protocol="TCP"):
    if not ports:
        return True
    for p in ports:
        if p.get("protocol", "TCP") != protocol:
            continue
        if "port" not in p:
            return True
        if isinstance(p["port"], int) and (p["port"] == port or p["port"] <= port <= p.get("endPort", p["port"])):
            return True
    return False


def allows(policies, pod_labels, direction, peer, port, protocol="TCP"):
    """Whether the union of policies selecting a pod allows traffic to/from a peer on a port.
    peer: ("pod", namespace, labels, namespace_labels) or ("ip", address)."""
    field, rule_peers = ("ingress", "from") if direction == "Ingress" else ("egress", "to")
    selecting = [p for p in policies if selects(p["spec"]["podSelector"], pod_labels)
                 and direction in p["spec"].get("policyTypes", ["Ingress"])]
    if not selecting:
        return True
    for policy in selecting:
        for rule in policy["spec"].get(field) or []:
            if not port_allowed(rule.get("ports"), port, protocol):
                continue
            peers = rule.get(rule_peers)
            if not peers:
                return True
            for candidate in peers:
                if peer[0] == "ip":
                    block = candidate.get("ipBlock")
                    if block and ipaddress.ip_address(peer[1]) in ipaddress.ip_network(block["cidr"]) and \
                            not any(ipaddress.ip_address(peer[1]) in ipaddress.ip_network(e) for e in block.get("except", [])):
                        return True
                    continue
                _, namespace, labels, ns_labels = peer
                if "ipBlock" in candidate:
                    continue
                ns_sel, pod_sel = candidate.get("namespaceSelector"), candidate.get("podSelector")
                ns_ok = selects(ns_sel, ns_labels) if ns_sel is not None else namespace == policy["metadata"]["namespace"]
                pod_ok = selects(pod_sel, labels) if pod_sel is not None else True
                if ns_ok and pod_ok:
                    return True
    return False


def check_network(spec, objects, apps_pods, confs):
    policies = [o for o in objects if o["kind"] == "NetworkPolicy"]
    enabled = spec.get("platform", {}).get("networkPolicy", True)
    if isinstance(enabled, dict):
        enabled = enabled.get("enabled", True)
    if not enabled:
        if policies:
            raise Failure("networkPolicy is off but policies were written")
        return
    if not policies:
        raise Failure("no NetworkPolicies written")
    namespace = spec["namespace"]
    ns_labels = {"kubernetes.io/metadata.name": namespace}
    dns = ("pod", "kube-system", {"k8s-app": "kube-dns"}, {"kubernetes.io/metadata.name": "kube-system"})
    api = spec.get("platform", {}).get("networkPolicy", {})
    api = api.get("apiServer") if isinstance(api, dict) else None
    api_targets = [(str(next(iter(ipaddress.ip_network(e.get("cidr") or e["cidrs"][0]).hosts()), ipaddress.ip_network(e.get("cidr") or e["cidrs"][0]).network_address)),
                    (e.get("ports") or [443])[0]) for e in api] if api else [("10.0.0.1", 443)]
    for app_name, (driver, executor, _) in apps_pods.items():
        conf = confs[app_name]
        driver_port = int(conf.get("spark.driver.port", 7078))
        block = int(conf.get("spark.blockManager.port", 7079))
        driver_block = int(conf.get("spark.driver.blockManager.port", block))
        d_labels = driver["metadata"].get("labels", {})
        e_labels = executor["metadata"].get("labels", {})
        d_peer = ("pod", namespace, d_labels, ns_labels)
        e_peer = ("pod", namespace, e_labels, ns_labels)
        checks = [
            ("executor -> driver RPC", e_labels, "Egress", d_peer, driver_port),
            ("driver <- executor RPC", d_labels, "Ingress", e_peer, driver_port),
            ("executor -> driver block manager", e_labels, "Egress", d_peer, driver_block),
            ("driver <- executor block manager", d_labels, "Ingress", e_peer, driver_block),
            ("driver -> executor block manager", d_labels, "Egress", e_peer, block),
            ("executor <- driver block manager", e_labels, "Ingress", d_peer, block),
            ("executor -> executor block manager", e_labels, "Egress", e_peer, block),
            ("executor <- executor block manager", e_labels, "Ingress", e_peer, block),
            ("driver -> DNS udp", d_labels, "Egress", dns, 53, "UDP"),
            ("executor -> DNS udp", e_labels, "Egress", dns, 53, "UDP"),
            ("driver -> DNS tcp", d_labels, "Egress", dns, 53),
            ("executor -> DNS tcp", e_labels, "Egress", dns, 53),
        ]
        for address, port in api_targets:
            checks.append((f"driver -> API server {address}:{port}", d_labels, "Egress", ("ip", address), port))
        for name, labels, direction, peer, port, *proto in checks:
            if not allows(policies, labels, direction, peer, port, *(proto or ["TCP"])):
                raise Failure(f"app {app_name}: NetworkPolicies block {name} (port {port})")
        # Spark's own 4.2+ policy (in effective.yaml) must also let the driver in; checked via render objects.


def expected_finding(spec, finding, quota_warned):
    """Findings the spec asked for: a hostPath volume (pod security), network policies turned off,
    an explicit quota too small for the apps (which generate warned about)."""
    rule = finding.get("rule") or finding.get("ruleId")
    if rule == "spark-quota-exceeded" and quota_warned:
        return True
    policy = spec.get("platform", {}).get("networkPolicy", True)
    if rule == "spark-network-policy-missing" and (policy is False or (isinstance(policy, dict) and policy.get("enabled") is False)):
        return True
    return rule == "pod-security-baseline" and "hostPath volume" in finding.get("message", "")


def render_one_executor(binary, spec, maker, workdir, out, app, version):
    """The app's pods with one executor; an operator-only spec is generated again for spark-submit."""
    if not os.path.exists(os.path.join(out, "spark", app["name"], "submit.sh")):
        twin = os.path.join(workdir, "twin")
        if not os.path.exists(twin):
            os.makedirs(twin)
            for path, text in maker.user_templates.items():
                os.makedirs(os.path.join(twin, os.path.dirname(path)), exist_ok=True)
                with open(os.path.join(twin, path), "w") as f:
                    f.write(text)
            with open(os.path.join(twin, "kubespark.yaml"), "w") as f:
                yaml.safe_dump(dict(spec, submission="spark-submit"), f, sort_keys=False)
            twin_run = run([binary, "generate", os.path.join(twin, "kubespark.yaml")])
            if twin_run.returncode != 0:
                raise Failure(f"generate of the spark-submit twin exited {twin_run.returncode}:\n{twin_run.stderr}")
        out = os.path.join(twin, spec.get("output", "manifests"))
    arguments = submit_arguments(os.path.join(out, "spark", app["name"], "submit.sh"), f"spark/{app['name']}")
    rendered = run([binary, "render", "--spark-version", version, "--executors", "1", "--", *arguments], cwd=out)
    if rendered.returncode != 0:
        raise Failure(f"render --executors 1 of {app['name']} exited {rendered.returncode}:\n{rendered.stderr}")
    return [d for d in yaml.safe_load_all(rendered.stdout) if d]


def check_spec(binary, spec, maker, workdir, verbose):
    project = os.path.join(workdir, "project")
    os.makedirs(project)
    for path, text in maker.user_templates.items():
        os.makedirs(os.path.join(project, os.path.dirname(path)), exist_ok=True)
        with open(os.path.join(project, path), "w") as f:
            f.write(text)
    spec_path = os.path.join(project, "kubespark.yaml")
    with open(spec_path, "w") as f:
        f.write("# yaml-language-server: $schema=docs/kubespark.schema.json\n")
        yaml.safe_dump(spec, f, sort_keys=False)
    out = os.path.join(project, spec.get("output", "manifests"))
    generated = run([binary, "generate", spec_path])
    if generated.returncode != 0:
        raise Failure(f"generate exited {generated.returncode}:\n{generated.stderr}")
    warnings = [line for line in generated.stderr.splitlines() if ": warning: " in line and "more than the quota" not in line]
    if warnings:
        raise Failure("generate warned on a valid spec:\n" + "\n".join(warnings))
    # (a) schemas
    validated = run(["bash", os.path.join(ROOT, "scripts/validate-manifests.sh"), out])
    if validated.returncode != 0:
        raise Failure(f"schema validation failed:\n{validated.stdout}{validated.stderr}")
    # (b) canonical
    fmt = run([binary, "fmt", "--check", out])
    if fmt.returncode != 0:
        raise Failure(f"fmt --check failed:\n{fmt.stdout}{fmt.stderr}")
    # (c) lint
    lint = run([binary, "lint", "--format", "json", "--fail-on", "never", "--context", project, project])
    if lint.returncode != 0:
        raise Failure(f"lint exited {lint.returncode}:\n{lint.stderr}")
    findings = [f for f in json.loads(lint.stdout)["findings"] if f.get("severity") in ("error", "warning")
                and not expected_finding(spec, f, "more than the quota" in generated.stderr)]
    if findings:
        raise Failure("lint findings on generated output:\n" + "\n".join(
            f"{f.get('file', f.get('path', '?'))}:{f.get('line', '?')}: {f['severity']}: {f['message']} [{f.get('rule', f.get('ruleId', ''))}]"
            for f in findings))
    # (d) determinism
    check = run([binary, "generate", "--check", spec_path])
    if check.returncode != 0:
        raise Failure(f"generate --check after generate exited {check.returncode}:\n{check.stdout[:3000]}{check.stderr}")
    # (e) render and fit
    objects = kube_objects(out)
    version = str(spec.get("sparkVersion", "4.3.0"))
    apps_pods, confs = {}, {}
    for app in spec["apps"]:
        directory = os.path.join(out, "spark", app["name"])
        effective = load_all(os.path.join(directory, "effective.yaml"))
        conf_path = os.path.join(directory, "spark-defaults.conf")
        if os.path.exists(os.path.join(directory, "submit.sh")):
            # submit.sh's words, with the directory as the generator names it (ids derive from the inputs)
            arguments = submit_arguments(os.path.join(directory, "submit.sh"), f"spark/{app['name']}")
            rendered = run([binary, "render", "--spark-version", version, "--", *arguments], cwd=out)
            if rendered.returncode != 0:
                raise Failure(f"render of {app['name']}/submit.sh exited {rendered.returncode}:\n{rendered.stderr}")
            if [d for d in yaml.safe_load_all(rendered.stdout) if d] != effective:
                raise Failure(f"render of {app['name']}/submit.sh differs from effective.yaml")
            confs[app["name"]] = read_conf(conf_path)
        else:
            application = next(o for o in objects if o["kind"] in ("SparkApplication", "ScheduledSparkApplication")
                               and o["metadata"]["name"] == app["name"])
            body = application["spec"].get("template", application["spec"])
            confs[app["name"]] = dict(body.get("sparkConf") or {})
        pods = [o for o in effective if o["kind"] == "Pod"]
        if not any(p["metadata"]["labels"].get("spark-role") == "executor" for p in pods):
            # no executor at start (dynamic allocation from 0): render one to size the quota
            pods = [o for o in render_one_executor(binary, spec, maker, workdir, out, app, version) if o["kind"] == "Pod"]
        driver = next(p for p in pods if p["metadata"]["labels"].get("spark-role") == "driver")
        executor = next(p for p in pods if p["metadata"]["labels"].get("spark-role") == "executor")
        da = app.get("dynamicAllocation")
        count = da["maxExecutors"] if da and da.get("enabled", True) else app.get("executor", {}).get("instances", 2)
        apps_pods[app["name"]] = (driver, executor, count)
    check_fit(spec, out, apps_pods, objects, generated.stderr)
    # (f) RBAC
    check_rbac(spec, out, objects, confs)
    # (g) network
    check_network(spec, objects, apps_pods, confs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build/debug/kubespark"))
    parser.add_argument("-n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="keep every project under this directory")
    parser.add_argument("--only", type=int, help="run only spec number ONLY")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    passed = failed = 0
    for index in range(args.n):
        rng = random.Random(f"{args.seed}-{index}")
        maker = SpecMaker(rng, index)
        spec = maker.spec()
        if args.only is not None and index != args.only:
            continue
        workdir = os.path.join(args.keep, f"spec-{index:03d}") if args.keep else tempfile.mkdtemp(prefix="spec-fuzz-")
        if args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
            os.makedirs(workdir)
        try:
            check_spec(binary, spec, maker, workdir, args.verbose)
            passed += 1
            if args.verbose:
                print(f"spec {index}: ok")
        except Failure as failure:
            failed += 1
            print(f"FAIL spec {index} (seed {args.seed}, {workdir}/project/kubespark.yaml): {failure}")
            if not args.keep:
                print(yaml.safe_dump(spec, sort_keys=False))
        finally:
            if not args.keep:
                shutil.rmtree(workdir, ignore_errors=True)
    print(f"spec-fuzz: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
